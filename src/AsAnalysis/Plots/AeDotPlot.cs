using AsAnalysis.Safety;
using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// The two panels of the AE dot plot (Amit, Heiberger and Lane 2008, Pharm Stat 7:20-35): per preferred term, the
/// incidence in each arm (left) beside the risk difference with its interval (right), terms sorted by the difference.
/// The values are those of <see cref="SafetyResults"/>: cell proportions and <see cref="TermComparison.Difference"/>.
/// </summary>
public static class AeDotPlot
{
    /// <summary>
    /// The PT rows of the dot plot, bottom to top: every PT the safety table shows (its incidence filter applies),
    /// sorted by the risk difference of <paramref name="treatmentArm"/> versus the control (largest at the top), ties
    /// by total incidence and then name. Without a control arm, sorted by total incidence. With
    /// <paramref name="maxTerms"/>, the PTs with the most subjects over all arms are kept.
    /// </summary>
    /// <param name="results">The safety results.</param>
    /// <param name="treatmentArm">The arm whose difference orders the rows; default the first test arm.</param>
    /// <param name="maxTerms">Keep at most this many PTs (at least 1); <c>null</c> keeps all.</param>
    /// <exception cref="ArgumentException">An arm that has no comparison.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTerms"/> below 1.</exception>
    public static IReadOnlyList<SafetyTerm> Terms(SafetyResults results, string? treatmentArm = null, int? maxTerms = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (maxTerms is < 1) throw new ArgumentOutOfRangeException(nameof(maxTerms), maxTerms, "Keep at least one term.");
        var rows = results.BySocPt.Rows.Where(r => r.Term.Level == TermLevel.Pt).ToList();
        if (maxTerms is { } max && rows.Count > max)
            rows = rows.OrderByDescending(r => r.TotalSubjects).ThenBy(r => r.Term.Key, StringComparer.Ordinal).Take(max).ToList();

        string? arm = treatmentArm ?? results.TermComparisons.Select(c => c.TreatmentArm).FirstOrDefault();
        if (treatmentArm is not null && !results.TermComparisons.Any(c => c.TreatmentArm == treatmentArm))
            throw new ArgumentException($"Arm '{treatmentArm}' has no comparison with the control arm.", nameof(treatmentArm));
        var diff = arm is null
            ? new Dictionary<SafetyTerm, double>()
            : results.TermComparisons.Where(c => c.TreatmentArm == arm && c.Key.Term.Level == TermLevel.Pt)
                .ToDictionary(c => c.Key.Term, c => c.Difference.Estimate);
        return rows
            .OrderBy(r => diff.TryGetValue(r.Term, out var d) && !double.IsNaN(d) ? d : double.NegativeInfinity)
            .ThenBy(r => r.TotalSubjects)
            .ThenByDescending(r => r.Term.Pt, StringComparer.Ordinal)
            .ThenByDescending(r => r.Term.Soc, StringComparer.Ordinal)
            .Select(r => r.Term)
            .ToList();
    }

    /// <summary>The row label of each term: the PT, with its SOC in parentheses when the PT name occurs under two SOCs.</summary>
    /// <param name="terms">PT terms.</param>
    public static IReadOnlyList<string> TermLabels(IReadOnlyList<SafetyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var duplicated = terms.GroupBy(t => t.Pt, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return terms.Select(t => duplicated.Contains(t.Pt) ? $"{t.Pt} ({t.Soc})" : t.Pt).ToList();
    }

    /// <summary>Marker shapes per arm position, so that arms differ in shape as well as colour.</summary>
    internal static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledTriangleUp, MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare];

    internal static Dictionary<SafetyTerm, TermRow> RowsByTerm(SafetyResults results) =>
        results.BySocPt.Rows.Where(r => r.Term.Level == TermLevel.Pt).ToDictionary(r => r.Term);
}
