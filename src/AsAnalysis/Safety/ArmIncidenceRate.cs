namespace AsAnalysis.Safety;

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
