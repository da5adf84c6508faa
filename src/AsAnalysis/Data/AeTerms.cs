namespace AsAnalysis.Data;

/// <summary>Helpers for controlled terminology in ADAE.</summary>
public static class AeTerms
{
    /// <summary>Whether an AEREL value counts as related: RELATED, POSSIBLE, PROBABLE (and POSSIBLY / PROBABLY); NOT RELATED, UNLIKELY and anything else do not.</summary>
    /// <param name="relationship">The recorded relationship.</param>
    public static bool IsRelated(string relationship)
    {
        var r = relationship.Trim().ToUpperInvariant();
        return r is "RELATED" or "POSSIBLE" or "PROBABLE" or "POSSIBLY" or "PROBABLY" or "POSSIBLY RELATED" or "PROBABLY RELATED" or "DEFINITELY RELATED" or "DEFINITE";
    }
}
