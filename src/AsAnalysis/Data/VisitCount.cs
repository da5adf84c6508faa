namespace AsAnalysis.Data;

/// <summary>Efficacy records at one visit (AVISITN).</summary>
public sealed record VisitCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or more missing values than records.</exception>
    public VisitCount(decimal visitWeek, string label, int records, int missingValues, int subjects)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        ArgumentOutOfRangeException.ThrowIfNegative(subjects);
        if (missingValues < 0 || missingValues > records) throw new ArgumentOutOfRangeException(nameof(missingValues), missingValues, "Must lie between 0 and the record count.");
        (VisitWeek, Label, Records, MissingValues, Subjects) = (visitWeek, label, records, missingValues, subjects);
    }

    /// <summary>Visit in weeks (AVISITN).</summary>
    public decimal VisitWeek { get; }
    /// <summary>Most frequent AVISIT label of the visit, or <c>Baseline</c> / <c>Week N</c> when none was exported.</summary>
    public string Label { get; }
    /// <summary>Records (subject x parameter) at the visit.</summary>
    public int Records { get; }
    /// <summary>Records with an empty AVAL.</summary>
    public int MissingValues { get; }
    /// <summary>Distinct subjects with at least one record at the visit.</summary>
    public int Subjects { get; }
}
