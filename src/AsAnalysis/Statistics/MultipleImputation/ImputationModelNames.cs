namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>Codes and labels of <see cref="ImputationModel"/>.</summary>
public static class ImputationModelNames
{
    /// <summary>The snake_case code: <c>logistic_by_arm</c> or <c>logistic</c>.</summary>
    /// <param name="model">The model.</param>
    public static string Code(this ImputationModel model) => model switch
    {
        ImputationModel.LogisticByArm => "logistic_by_arm",
        ImputationModel.Logistic => "logistic",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>A compact label.</summary>
    /// <param name="model">The model.</param>
    public static string ShortLabel(this ImputationModel model) => model switch
    {
        ImputationModel.LogisticByArm => "logistic by arm",
        ImputationModel.Logistic => "logistic",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="model">The model.</param>
    public static string Label(this ImputationModel model) => model switch
    {
        ImputationModel.LogisticByArm => "logistic regression on baseline covariates, fitted in each arm",
        ImputationModel.Logistic => "logistic regression on arm and baseline covariates",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
