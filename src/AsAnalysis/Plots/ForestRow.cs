using AsAnalysis.Endpoints;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Plots;

/// <summary>
/// One row of a forest plot: a label, an estimate with its interval, copied from a results record, and optional
/// detail text (e.g. the counts). Values are on the results' scale (proportions as fractions); the plot scales them.
/// </summary>
/// <param name="Label">Row label.</param>
/// <param name="Estimate">Point estimate.</param>
/// <param name="Ci">Its interval.</param>
/// <param name="Detail">Extra text (e.g. <c>17/30 vs 18/30</c>); empty for none.</param>
public sealed record ForestRow(string Label, double Estimate, ConfidenceInterval Ci, string Detail = "")
{
    /// <summary>Row label (non-empty).</summary>
    public string Label { get; } = !string.IsNullOrEmpty(Label) ? Label : throw new ArgumentException("The label cannot be empty.", nameof(Label));
    /// <summary>The interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Extra text (never null).</summary>
    public string Detail { get; } = Detail ?? throw new ArgumentNullException(nameof(Detail));

    /// <summary>
    /// A binary comparison: the difference in response rate (treatment − control) with the chosen interval; label
    /// <c>ASAS20, Week 12</c>; detail <c>17/30 vs 18/30</c>.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="method">Newcombe (default) or Miettinen-Nurminen, the two intervals the comparison holds.</param>
    /// <exception cref="ArgumentException">Another method.</exception>
    public static ForestRow From(ArmComparison comparison, DifferenceCiMethod method = DifferenceCiMethod.Newcombe)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var d = method switch
        {
            DifferenceCiMethod.Newcombe => comparison.Newcombe,
            DifferenceCiMethod.MiettinenNurminen => comparison.MiettinenNurminen,
            _ => throw new ArgumentException($"The comparison holds Newcombe and Miettinen-Nurminen intervals, not {method}.", nameof(method)),
        };
        var t = comparison.Table;
        return new ForestRow($"{comparison.Endpoint.ShortLabel()}, {comparison.VisitLabel}", d.Estimate, d.Ci,
            $"{t.TreatmentEvents}/{t.TreatmentTotal} vs {t.ControlEvents}/{t.ControlTotal}");
    }

    /// <summary>A continuous comparison: the ANCOVA-adjusted difference in mean change with its interval; label <c>BASDAI, Week 12</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    public static ForestRow From(ContinuousComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var a = comparison.Ancova;
        return new ForestRow($"{comparison.Endpoint.ShortLabel()}, {comparison.VisitLabel}", a.Difference, a.Ci, $"n = {a.TreatmentN} vs {a.ControlN}");
    }

    /// <summary>A safety comparison: the risk difference with its interval; label the PT (or SOC, or overview row).</summary>
    /// <param name="comparison">The comparison.</param>
    public static ForestRow From(TermComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var t = comparison.Difference.Table;
        string label = comparison.Key.Term.Level switch
        {
            TermLevel.Pt => comparison.Key.Term.Pt,
            TermLevel.Soc => comparison.Key.Term.Soc,
            _ => comparison.Key.Endpoint,
        };
        return new ForestRow(label, comparison.Difference.Estimate, comparison.Difference.Ci,
            $"{t.TreatmentEvents}/{t.TreatmentTotal} vs {t.ControlEvents}/{t.ControlTotal}");
    }
}
