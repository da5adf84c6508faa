using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>
/// Between-arm comparison of one incidence row (test arm versus the control arm): risk difference (test minus control)
/// with its interval and Fisher's exact p-value. The p-value is descriptive (a flag for screening, as in AE dot plots),
/// not adjusted for multiplicity and not confirmatory.
/// </summary>
/// <param name="Key">The row compared.</param>
/// <param name="TreatmentArm">The test arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Difference">Risk difference with its interval (the 2x2 table is <c>Difference.Table</c>).</param>
/// <param name="Fisher">Fisher's exact test (descriptive).</param>
public sealed record TermComparison(SafetyRowKey Key, string TreatmentArm, string ControlArm, DifferenceEstimate Difference, TestResult Fisher);

/// <summary>Exposure-adjusted rates of one row in one arm, per 100 patient-years.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="SubjectsAtRisk">Subjects of the arm with a known time at risk (the others are counted in the data handling).</param>
/// <param name="SubjectsWithEvent">Subjects at risk with at least one event in the row.</param>
/// <param name="PatientYearsToFirstEvent">Time at risk in years, up to the first event for subjects with the event.</param>
/// <param name="IncidenceRate">Exposure-adjusted incidence rate (EAIR) per 100 patient-years, with its exact Poisson (Garwood) interval.</param>
/// <param name="Events">Events (records) in the row among the subjects at risk.</param>
/// <param name="PatientYears">Full time at risk in years (to the end of risk for every subject).</param>
/// <param name="EventRate">Exposure-adjusted event rate (EAER): events per 100 patient-years of full time at risk, exact Poisson interval.</param>
public sealed record ArmIncidenceRate(
    string Arm,
    int SubjectsAtRisk,
    int SubjectsWithEvent,
    double PatientYearsToFirstEvent,
    ScaledRate IncidenceRate,
    int Events,
    double PatientYears,
    ScaledRate EventRate);

/// <summary>A rate per 100 patient-years with its interval (scaled from the per-patient-year estimate).</summary>
/// <param name="Per100PatientYears">The rate per 100 patient-years (NaN without exposure).</param>
/// <param name="Ci">Its interval, per 100 patient-years.</param>
public sealed record ScaledRate(double Per100PatientYears, ConfidenceInterval Ci);

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

/// <summary>Exposure-adjusted rates of one row: per arm, and each test arm against the control.</summary>
/// <param name="Key">The row.</param>
/// <param name="Arms">One entry per arm, in <see cref="SafetyResults.Arms"/> order.</param>
/// <param name="Comparisons">One entry per test arm (empty without a control arm).</param>
public sealed record ExposureAdjustedRate(SafetyRowKey Key, IReadOnlyList<ArmIncidenceRate> Arms, IReadOnlyList<RateComparison> Comparisons);
