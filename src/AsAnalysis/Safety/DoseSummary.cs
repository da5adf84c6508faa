using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>Dose received per subject for one treatment and unit (from ADEX).</summary>
/// <param name="Treatment">Treatment (EXTRT).</param>
/// <param name="Unit">Dose unit (EXDOSU); empty when not recorded.</param>
/// <param name="Subjects">Subjects with at least one administration of this treatment and unit with a recorded dose.</param>
/// <param name="TotalDose">Sum of the doses over the arm.</param>
/// <param name="PerSubject">Summary of the total dose per subject (over <paramref name="Subjects"/>).</param>
public sealed record DoseSummary(string Treatment, string Unit, int Subjects, double TotalDose, DescriptiveSummary PerSubject);
