using AsAnalysis.Results;

namespace AsAnalysis.Safety;

/// <summary>The rows of the TEAE overview table, in display order (as-endpoints-detail section 7.2).</summary>
public enum OverviewCategory
{
    /// <summary>Any TEAE. Endpoint name <c>ANY_TEAE</c>.</summary>
    AnyTeae,
    /// <summary>Any serious TEAE (AESER = Y). Endpoint name <c>SERIOUS</c>.</summary>
    Serious,
    /// <summary>Any TEAE leading to discontinuation (AEACN = DRUG WITHDRAWN). Endpoint name <c>LEADING_TO_DISC</c>.</summary>
    LeadingToDiscontinuation,
    /// <summary>Any related TEAE. Endpoint name <c>RELATED</c>.</summary>
    Related,
    /// <summary>Any severe TEAE. Endpoint name <c>SEVERE</c>.</summary>
    Severe,
    /// <summary>Deaths (DTHFL = Y or a TEAE with outcome FATAL); shown only when the data carry death information. Endpoint name <c>DEATH</c>.</summary>
    Death,
}

/// <summary>Level of a row of the SOC/PT table.</summary>
public enum TermLevel
{
    /// <summary>All TEAEs (the overview level).</summary>
    Overall,
    /// <summary>A system organ class (AEBODSYS).</summary>
    Soc,
    /// <summary>A preferred term (AEDECOD) within its SOC.</summary>
    Pt,
}

/// <summary>Maximum severity of a subject within a row.</summary>
public enum SeverityCategory
{
    /// <summary>MILD. Endpoint name <c>MAX_SEVERITY_MILD</c>.</summary>
    Mild,
    /// <summary>MODERATE. Endpoint name <c>MAX_SEVERITY_MODERATE</c>.</summary>
    Moderate,
    /// <summary>SEVERE. Endpoint name <c>MAX_SEVERITY_SEVERE</c>.</summary>
    Severe,
    /// <summary>Unknown (only when missing severity is kept apart): no SEVERE record and at least one record without severity. Endpoint name <c>MAX_SEVERITY_MISSING</c>.</summary>
    Missing,
}

/// <summary>Relationship of a subject's TEAEs within a row to study treatment.</summary>
public enum RelationshipCategory
{
    /// <summary>At least one related record. Endpoint name <c>RELATIONSHIP_RELATED</c>.</summary>
    Related,
    /// <summary>Every record not related. Endpoint name <c>RELATIONSHIP_NOT_RELATED</c>.</summary>
    NotRelated,
    /// <summary>Unknown (only when missing relationship is kept apart): no related record and at least one without relationship. Endpoint name <c>RELATIONSHIP_MISSING</c>.</summary>
    Missing,
}

/// <summary>The ard.csv names of the safety rows.</summary>
public static class SafetyNames
{
    /// <summary>Endpoint name of an overview category (e.g. <c>ANY_TEAE</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this OverviewCategory category) => category switch
    {
        OverviewCategory.AnyTeae => "ANY_TEAE",
        OverviewCategory.Serious => "SERIOUS",
        OverviewCategory.LeadingToDiscontinuation => "LEADING_TO_DISC",
        OverviewCategory.Related => "RELATED",
        OverviewCategory.Severe => "SEVERE",
        OverviewCategory.Death => "DEATH",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Endpoint name of a maximum-severity category (e.g. <c>MAX_SEVERITY_MILD</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this SeverityCategory category) => category switch
    {
        SeverityCategory.Mild => "MAX_SEVERITY_MILD",
        SeverityCategory.Moderate => "MAX_SEVERITY_MODERATE",
        SeverityCategory.Severe => "MAX_SEVERITY_SEVERE",
        SeverityCategory.Missing => "MAX_SEVERITY_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Endpoint name of a relationship category (e.g. <c>RELATIONSHIP_RELATED</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this RelationshipCategory category) => category switch
    {
        RelationshipCategory.Related => "RELATIONSHIP_RELATED",
        RelationshipCategory.NotRelated => "RELATIONSHIP_NOT_RELATED",
        RelationshipCategory.Missing => "RELATIONSHIP_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The ard.csv analysis name of a row level: <c>safety_overview</c>, <c>safety_soc</c> or <c>safety_pt</c>.</summary>
    /// <param name="level">The level.</param>
    public static string AnalysisName(this TermLevel level) => level switch
    {
        TermLevel.Overall => ArdAnalysis.SafetyOverview,
        TermLevel.Soc => ArdAnalysis.SafetySoc,
        TermLevel.Pt => ArdAnalysis.SafetyPt,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The ard.csv arm label of a between-arm row; see <see cref="ArdAnalysis.DifferenceArmLabel"/>.</summary>
    /// <param name="treatmentArm">The test arm (compared against the control arm).</param>
    /// <param name="armCount">Number of arms in the analysis.</param>
    public static string DifferenceArmLabel(string treatmentArm, int armCount) => ArdAnalysis.DifferenceArmLabel(treatmentArm, armCount);
}

/// <summary>A row identity of the SOC/PT table: the overall level, a SOC, or a PT within its SOC.</summary>
public sealed record SafetyTerm
{
    private SafetyTerm(TermLevel level, string soc, string pt)
    {
        Level = level;
        Soc = soc;
        Pt = pt;
    }

    /// <summary>All TEAEs.</summary>
    public static SafetyTerm Overall { get; } = new(TermLevel.Overall, "", "");

    /// <summary>A system organ class.</summary>
    /// <param name="soc">The SOC (AEBODSYS), non-empty.</param>
    public static SafetyTerm ForSoc(string soc)
    {
        ArgumentException.ThrowIfNullOrEmpty(soc);
        return new SafetyTerm(TermLevel.Soc, soc, "");
    }

    /// <summary>A preferred term within its SOC.</summary>
    /// <param name="soc">The SOC (AEBODSYS), non-empty.</param>
    /// <param name="pt">The PT (AEDECOD), non-empty.</param>
    public static SafetyTerm ForPt(string soc, string pt)
    {
        ArgumentException.ThrowIfNullOrEmpty(soc);
        ArgumentException.ThrowIfNullOrEmpty(pt);
        return new SafetyTerm(TermLevel.Pt, soc, pt);
    }

    /// <summary>The level.</summary>
    public TermLevel Level { get; }
    /// <summary>The SOC; empty at the overall level.</summary>
    public string Soc { get; }
    /// <summary>The PT; empty unless <see cref="Level"/> is <see cref="TermLevel.Pt"/>.</summary>
    public string Pt { get; }

    /// <summary>The ard.csv term: empty (overall), the SOC, or <c>SOC|PT</c>.</summary>
    public string Key => Level switch
    {
        TermLevel.Overall => "",
        TermLevel.Soc => Soc,
        _ => Soc + "|" + Pt,
    };

    /// <summary>The ard.csv term.</summary>
    public override string ToString() => Key;
}

/// <summary>
/// Identity of one incidence row: an overview category at the overall level, or "any TEAE" within a SOC or PT.
/// Between-arm comparisons and exposure-adjusted rates are keyed by it.
/// </summary>
public sealed record SafetyRowKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="category">The category; SOC and PT rows use <see cref="OverviewCategory.AnyTeae"/>.</param>
    /// <param name="term">The term.</param>
    /// <exception cref="ArgumentException">A SOC or PT row with a category other than any TEAE.</exception>
    public SafetyRowKey(OverviewCategory category, SafetyTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term.Level != TermLevel.Overall && category != OverviewCategory.AnyTeae)
            throw new ArgumentException("SOC and PT rows count any TEAE.", nameof(category));
        Category = category;
        Term = term;
    }

    /// <summary>The category.</summary>
    public OverviewCategory Category { get; }
    /// <summary>The term.</summary>
    public SafetyTerm Term { get; }
    /// <summary>ard.csv analysis name.</summary>
    public string Analysis => Term.Level.AnalysisName();
    /// <summary>ard.csv endpoint name.</summary>
    public string Endpoint => Category.EndpointName();

    /// <summary>Formats as <c>analysis/endpoint/term</c>.</summary>
    public override string ToString() => $"{Analysis}/{Endpoint}/{Term.Key}";
}

/// <summary>An arm of the safety population (SAFFL = Y, by actual arm TRT01A).</summary>
/// <param name="Arm">The actual arm.</param>
/// <param name="N">Number of subjects in the safety population in this arm.</param>
public sealed record SafetyArm(string Arm, int N);

/// <summary>One cell of a safety table: subjects (counted once) and events in one arm.</summary>
public sealed record SafetyCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="n">Denominator: subjects in the arm's safety population.</param>
    /// <param name="subjects">Subjects counted in the row (each once).</param>
    /// <param name="events">Events (TEAE records) counted in the row.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or subjects above N.</exception>
    public SafetyCell(string arm, int n, int subjects, int events)
    {
        ArgumentNullException.ThrowIfNull(arm);
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "N cannot be negative.");
        if (subjects < 0 || subjects > n) throw new ArgumentOutOfRangeException(nameof(subjects), subjects, $"Subjects must lie in 0..{n}.");
        if (events < 0) throw new ArgumentOutOfRangeException(nameof(events), events, "Events cannot be negative.");
        Arm = arm;
        N = n;
        Subjects = subjects;
        Events = events;
    }

    /// <summary>The arm.</summary>
    public string Arm { get; }
    /// <summary>Denominator: subjects in the arm's safety population.</summary>
    public int N { get; }
    /// <summary>Subjects counted in the row (n).</summary>
    public int Subjects { get; }
    /// <summary>Events counted in the row (never the numerator of a percentage).</summary>
    public int Events { get; }
    /// <summary>Subjects / N as a proportion in [0, 1] (NaN when N = 0).</summary>
    public double Proportion => N == 0 ? double.NaN : (double)Subjects / N;
}

/// <summary>A row of the TEAE overview table.</summary>
/// <param name="Category">The row.</param>
/// <param name="Cells">One cell per arm, in <see cref="SafetyResults.Arms"/> order.</param>
public sealed record OverviewRow(OverviewCategory Category, IReadOnlyList<SafetyCell> Cells)
{
    /// <summary>The row's key.</summary>
    public SafetyRowKey Key => new(Category, SafetyTerm.Overall);
}

/// <summary>A SOC or PT row of the SOC/PT table (subjects with any TEAE in the term).</summary>
/// <param name="Term">The SOC or PT.</param>
/// <param name="Cells">One cell per arm, in <see cref="SafetyResults.Arms"/> order.</param>
public sealed record TermRow(SafetyTerm Term, IReadOnlyList<SafetyCell> Cells)
{
    /// <summary>The row's key.</summary>
    public SafetyRowKey Key => new(OverviewCategory.AnyTeae, Term);
    /// <summary>Subjects over all arms.</summary>
    public int TotalSubjects => Cells.Sum(c => c.Subjects);
}

/// <summary>A SOC row with its PT rows (in display order).</summary>
/// <param name="Soc">The SOC row (all TEAEs of the SOC, regardless of the incidence filter).</param>
/// <param name="Pts">The PT rows shown (those passing the incidence filter).</param>
public sealed record SocBlock(TermRow Soc, IReadOnlyList<TermRow> Pts);

/// <summary>TEAEs by SOC and PT, sorted and filtered as the options say.</summary>
/// <param name="Socs">SOC blocks in display order; a SOC is shown when at least one of its PTs is.</param>
/// <param name="MinimumIncidence">The incidence filter applied to PTs (0 = none).</param>
/// <param name="PtCount">Number of distinct SOC/PT pairs with a TEAE, before the filter.</param>
/// <param name="PtsShown">Number of PT rows shown.</param>
public sealed record SocPtTable(IReadOnlyList<SocBlock> Socs, double MinimumIncidence, int PtCount, int PtsShown)
{
    /// <summary>Every row in display order: each SOC followed by its PTs.</summary>
    public IEnumerable<TermRow> Rows => Socs.SelectMany(s => s.Pts.Prepend(s.Soc));
}

/// <summary>One category of a breakdown (maximum severity or relationship) within a term.</summary>
/// <typeparam name="TCategory">The category type.</typeparam>
/// <param name="Category">The category.</param>
/// <param name="Cells">
/// One cell per arm: subjects whose category within the term is this one (each subject in exactly one category, so the
/// subject counts sum to the term's row), and events (records) of this category (so the event counts sum too).
/// </param>
public sealed record CategoryRow<TCategory>(TCategory Category, IReadOnlyList<SafetyCell> Cells) where TCategory : struct, Enum;

/// <summary>A breakdown of one term (overall, SOC or PT) by a per-subject category.</summary>
/// <typeparam name="TCategory">The category type.</typeparam>
/// <param name="Term">The term.</param>
/// <param name="Rows">One row per category, in enum order.</param>
public sealed record TermBreakdown<TCategory>(SafetyTerm Term, IReadOnlyList<CategoryRow<TCategory>> Rows) where TCategory : struct, Enum;
