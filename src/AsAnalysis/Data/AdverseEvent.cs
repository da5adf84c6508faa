namespace AsAnalysis.Data;

/// <summary>One adverse event record (a row of ADAE).</summary>
public sealed record AdverseEvent
{
    /// <summary>Subject identifier (USUBJID), known to ADSL.</summary>
    public required string UsubjId { get; init; }
    /// <summary>System organ class (AEBODSYS).</summary>
    public required string Soc { get; init; }
    /// <summary>Preferred term (AEDECOD).</summary>
    public required string Pt { get; init; }
    /// <summary>Start date (ASTDT).</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>Severity (AESEV); <c>null</c> when missing.</summary>
    public AeSeverity? Severity { get; init; }
    /// <summary>Serious (AESER = Y); <c>null</c> when missing.</summary>
    public bool? Serious { get; init; }
    /// <summary>Relationship to study treatment as recorded (AEREL).</summary>
    public string? Relationship { get; init; }
    /// <summary>Action taken with study treatment (AEACN).</summary>
    public string? ActionTaken { get; init; }
    /// <summary>Outcome (AEOUT), when exported (e.g. FATAL).</summary>
    public string? Outcome { get; init; }
    /// <summary>Treatment-emergent flag (TRTEMFL) as exported; <c>null</c> when the column is absent or empty.</summary>
    public bool? TreatmentEmergentFlag { get; init; }
    /// <summary>Where the record was read (a new, value-equal object on each call; see <see cref="SourceLocation"/>).</summary>
    public SourceLocation? Source { get => _position.ToLocation(); init => _position = SourcePosition.From(value); }
    /// <summary>The source file and line as stored (no allocation).</summary>
    internal SourcePosition Position { get => _position; init => _position = value; }
    private readonly SourcePosition _position;

    /// <summary>True when AEREL is RELATED, POSSIBLE or PROBABLE (case-insensitive, also with a <c>LY</c> suffix); <c>null</c> when missing.</summary>
    public bool? IsRelated => Relationship is null ? null : AeTerms.IsRelated(Relationship);

    /// <summary>True when AEACN says the drug was withdrawn (led to discontinuation).</summary>
    public bool LedToDiscontinuation => ActionTaken is not null && ActionTaken.Trim().Equals("DRUG WITHDRAWN", StringComparison.OrdinalIgnoreCase);
}
