namespace AsAnalysis.Statistics.Logistic;

/// <summary>Codes and labels of <see cref="YeVarianceForm"/>.</summary>
public static class YeVarianceFormNames
{
    /// <summary>snake_case code: <c>decomposed</c> or <c>within_arm_residual</c>.</summary>
    /// <param name="form">The form.</param>
    public static string Code(this YeVarianceForm form) => form switch
    {
        YeVarianceForm.Decomposed => "decomposed",
        YeVarianceForm.WithinArmResidual => "within_arm_residual",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>Compact label: <c>RobinCar</c> or <c>paper</c>.</summary>
    /// <param name="form">The form.</param>
    public static string ShortLabel(this YeVarianceForm form) => form switch
    {
        YeVarianceForm.Decomposed => "RobinCar",
        YeVarianceForm.WithinArmResidual => "paper",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>Words for footnotes.</summary>
    /// <param name="form">The form.</param>
    public static string Label(this YeVarianceForm form) => form switch
    {
        YeVarianceForm.Decomposed => "residual variance decomposed as in RobinCar",
        YeVarianceForm.WithinArmResidual => "within-arm residual variance as in Ye et al. (2023)",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
