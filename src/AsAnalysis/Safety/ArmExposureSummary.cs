using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>Exposure of one arm of the safety population.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="N">Subjects in the arm's safety population.</param>
/// <param name="TotalAdministrations">ADEX records (infusions / injections) of the arm's safety subjects.</param>
/// <param name="AdministrationsPerSubject">Administrations per subject over all N subjects (0 for a subject without records); <c>null</c> without ADEX data.</param>
/// <param name="Doses">Dose per subject by treatment and unit, ordered by treatment then unit.</param>
/// <param name="TreatmentDurationDays">Treatment duration TRTEDT - TRTSDT + 1 in days, over subjects with both dates; <c>null</c> when none has them.</param>
/// <param name="SubjectsAtRisk">Subjects with a known time at risk.</param>
/// <param name="PatientYearsAtRisk">Total time at risk in years (the exposure of the event rates).</param>
public sealed record ArmExposureSummary(
    string Arm,
    int N,
    int TotalAdministrations,
    DescriptiveSummary? AdministrationsPerSubject,
    IReadOnlyList<DoseSummary> Doses,
    DescriptiveSummary? TreatmentDurationDays,
    int SubjectsAtRisk,
    double PatientYearsAtRisk);
