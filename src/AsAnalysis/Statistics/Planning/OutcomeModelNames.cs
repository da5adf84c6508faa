namespace AsAnalysis.Statistics.Planning;

/// <summary>Codes and labels of <see cref="OutcomeModel"/>.</summary>
public static class OutcomeModelNames
{
    /// <summary>The snake_case code: <c>assurance</c> or <c>power</c>.</summary>
    /// <param name="model">The model.</param>
    public static string Code(this OutcomeModel model) => model switch
    {
        OutcomeModel.PosteriorPredictive => "assurance",
        OutcomeModel.FixedRates => "power",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>A compact label: <c>assurance</c> or <c>power</c>.</summary>
    /// <param name="model">The model.</param>
    public static string ShortLabel(this OutcomeModel model) => model switch
    {
        OutcomeModel.PosteriorPredictive => "assurance",
        OutcomeModel.FixedRates => "power",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>Words for footnotes.</summary>
    /// <param name="model">The model.</param>
    public static string Label(this OutcomeModel model) => model switch
    {
        OutcomeModel.PosteriorPredictive => "assurance (posterior predictive probability of success)",
        OutcomeModel.FixedRates => "power at fixed response rates",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
