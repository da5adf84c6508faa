using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>A rate per 100 patient-years with its interval (scaled from the per-patient-year estimate).</summary>
/// <param name="Per100PatientYears">The rate per 100 patient-years (NaN without exposure).</param>
/// <param name="Ci">Its interval, per 100 patient-years.</param>
public sealed record ScaledRate(double Per100PatientYears, ConfidenceInterval Ci);
