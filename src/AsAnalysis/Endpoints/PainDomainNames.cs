namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="PainDomain"/> (the items of the ASAS pain domain): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class PainDomainNames
{
    /// <summary>The code: <c>total_back_pain</c>, <c>nocturnal_back_pain</c> or <c>mean_total_nocturnal</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PainDomain"/>.</exception>
    public static string Code(this PainDomain domain) => domain switch
    {
        PainDomain.TotalBackPain => "total_back_pain",
        PainDomain.NocturnalBackPain => "nocturnal_back_pain",
        PainDomain.MeanTotalAndNocturnal => "mean_total_nocturnal",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };

    /// <summary>The figure label, e.g. <c>Total back pain</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PainDomain"/>.</exception>
    public static string ShortLabel(this PainDomain domain) => domain switch
    {
        PainDomain.TotalBackPain => "Total back pain",
        PainDomain.NocturnalBackPain => "Nocturnal back pain",
        PainDomain.MeanTotalAndNocturnal => "Mean of total and nocturnal",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };

    /// <summary>The words for the methods text (<c>The ASAS pain domain is ...</c>), e.g. <c>total back pain (TOTBPAIN)</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PainDomain"/>.</exception>
    public static string Label(this PainDomain domain) => domain switch
    {
        PainDomain.TotalBackPain => "total back pain (TOTBPAIN)",
        PainDomain.NocturnalBackPain => "nocturnal back pain (NOCBPAIN)",
        PainDomain.MeanTotalAndNocturnal => "the mean of total and nocturnal back pain",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };
}
