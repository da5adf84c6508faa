namespace AsAnalysis.Data;

/// <summary>One efficacy assessment (a row of the BDS efficacy dataset ADEFF): subject x visit x parameter.</summary>
public sealed record Assessment
{
    /// <summary>Subject identifier (USUBJID), known to ADSL.</summary>
    public required string UsubjId { get; init; }
    /// <summary>Parameter code (PARAMCD), upper case, e.g. <c>BASDAI01</c>, <c>CRP</c>; see <see cref="ParamCodes"/>.</summary>
    public required string ParamCd { get; init; }
    /// <summary>Analysis visit in weeks since first treatment (AVISITN); 0 is baseline. Exact decimal.</summary>
    public required decimal VisitWeek { get; init; }
    /// <summary>Visit label (AVISIT), e.g. <c>Week 12</c>; <c>null</c> when not exported.</summary>
    public string? VisitLabel { get; init; }
    /// <summary>Study day of the assessment (ADY).</summary>
    public int? StudyDay { get; init; }
    /// <summary>The value (AVAL) as an exact decimal, on the 0-10 scale for rating scales; <c>null</c> when missing.</summary>
    public decimal? Value { get; init; }
    /// <summary>Where the record was read (a new, value-equal object on each call; see <see cref="SourceLocation"/>).</summary>
    public SourceLocation? Source { get => _position.ToLocation(); init => _position = SourcePosition.From(value); }
    /// <summary>The source file and line as stored (no allocation).</summary>
    internal SourcePosition Position { get => _position; init => _position = value; }
    private readonly SourcePosition _position;
}
