namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="NotEvaluableReason"/> (why a response is not evaluable): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class NotEvaluableReasonNames
{
    /// <summary>The ard.csv term code, e.g. <c>missing_component</c>, <c>not_treated</c>.</summary>
    /// <param name="reason">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="NotEvaluableReason"/>.</exception>
    public static string Code(this NotEvaluableReason reason) => reason switch
    {
        NotEvaluableReason.None => "none",
        NotEvaluableReason.NotPostBaseline => "not_post_baseline",
        NotEvaluableReason.NoBaseline => "no_baseline",
        NotEvaluableReason.MissingBaselineComponent => "missing_baseline_component",
        NotEvaluableReason.MissingComponent => "missing_component",
        NotEvaluableReason.NoVisit => "no_visit",
        NotEvaluableReason.Discontinued => "discontinued",
        NotEvaluableReason.NotTreated => "not_treated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The compact label, e.g. <c>Component missing</c>, <c>Never treated</c>.</summary>
    /// <param name="reason">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="NotEvaluableReason"/>.</exception>
    public static string ShortLabel(this NotEvaluableReason reason) => reason switch
    {
        NotEvaluableReason.None => "Evaluable",
        NotEvaluableReason.NotPostBaseline => "Not post-baseline",
        NotEvaluableReason.NoBaseline => "No baseline",
        NotEvaluableReason.MissingBaselineComponent => "Baseline component missing",
        NotEvaluableReason.MissingComponent => "Component missing",
        NotEvaluableReason.NoVisit => "No visit",
        NotEvaluableReason.Discontinued => "Discontinued",
        NotEvaluableReason.NotTreated => "Never treated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The words for tables and data-handling text, e.g. <c>a component missing at the visit</c>, <c>never treated</c>.</summary>
    /// <param name="reason">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="NotEvaluableReason"/>.</exception>
    public static string Label(this NotEvaluableReason reason) => reason switch
    {
        NotEvaluableReason.None => "evaluable",
        NotEvaluableReason.NotPostBaseline => "not a post-baseline visit",
        NotEvaluableReason.NoBaseline => "no baseline visit",
        NotEvaluableReason.MissingBaselineComponent => "a component missing at baseline",
        NotEvaluableReason.MissingComponent => "a component missing at the visit",
        NotEvaluableReason.NoVisit => "no visit",
        NotEvaluableReason.Discontinued => "discontinued",
        NotEvaluableReason.NotTreated => "never treated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
