using System.Globalization;

namespace AsAnalysis.Data;

/// <summary>
/// The one way a visit gets a label from its AVISITN (weeks): the visit column of ard.csv, the visit rows of the tables
/// and the figure titles use <see cref="Week"/>; a visit that the export does not name (no AVISIT text) is called
/// <see cref="Default"/>, which is also how generated exports name their visits.
/// </summary>
public static class VisitLabels
{
    /// <summary>The label of baseline (AVISITN 0) in <see cref="Default"/>.</summary>
    public const string Baseline = "Baseline";

    /// <summary><c>Week 12</c> for AVISITN 12: the number without trailing zeros (12.0 and 12.00 give <c>Week 12</c>, 12.50 gives <c>Week 12.5</c>), invariant culture.</summary>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    public static string Week(decimal visitWeek) =>
        "Week " + (visitWeek / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary><see cref="Baseline"/> for AVISITN 0, otherwise <see cref="Week"/>: the label of a visit the export does not name.</summary>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    public static string Default(decimal visitWeek) => visitWeek == 0 ? Baseline : Week(visitWeek);
}
