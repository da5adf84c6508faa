namespace AsAnalysis.Safety;

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
