namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>
/// One cell of a tipping-point grid: <see cref="TreatmentImputed"/> (K) of the treatment arm's missing subjects and
/// <see cref="ControlImputed"/> (J) of the control arm's are responders, the others non-responders.
/// </summary>
/// <param name="TreatmentImputed">K: imputed responders among the treatment arm's missing subjects.</param>
/// <param name="ControlImputed">J: imputed responders among the control arm's missing subjects.</param>
/// <param name="Table">The completed table: (observed + K) / all treatment subjects versus (observed + J) / all control subjects.</param>
/// <param name="Difference">Treatment rate minus control rate of <paramref name="Table"/> (NaN when an arm has no subject).</param>
/// <param name="Ci">Interval of the difference by <paramref name="CiMethod"/>.</param>
/// <param name="CiMethod">Interval method.</param>
/// <param name="PValue">Two-sided p-value by <paramref name="Test"/>.</param>
/// <param name="Test">The test.</param>
/// <param name="CiConclusion">Whether the interval excludes 0, and on which side.</param>
/// <param name="TestConclusion">Whether p &lt; alpha, and the side of the difference.</param>
public sealed record TippingPointCell(int TreatmentImputed, int ControlImputed, TwoByTwoTable Table, double Difference, ConfidenceInterval Ci,
    DifferenceCiMethod CiMethod, double PValue, TestMethod Test, TippingConclusion CiConclusion, TippingConclusion TestConclusion);
