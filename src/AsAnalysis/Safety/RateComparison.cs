using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>Between-arm comparison of the EAIR of one row: difference and ratio (test versus control).</summary>
/// <param name="TreatmentArm">The test arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="DifferencePer100PatientYears">EAIR difference (test minus control) per 100 patient-years.</param>
/// <param name="DifferenceCi">Its normal-approximation (Wald) interval per 100 patient-years.</param>
/// <param name="Ratio">EAIR ratio (test over control).</param>
/// <param name="RatioCi">Its exact conditional interval (R <c>poisson.test(c(x1, x2), c(t1, t2))</c>).</param>
/// <param name="RatioTest">Exact conditional test of a ratio of 1 (descriptive, like the Fisher p-values).</param>
public sealed record RateComparison(
    string TreatmentArm,
    string ControlArm,
    double DifferencePer100PatientYears,
    ConfidenceInterval DifferenceCi,
    double Ratio,
    ConfidenceInterval RatioCi,
    TestResult RatioTest);
