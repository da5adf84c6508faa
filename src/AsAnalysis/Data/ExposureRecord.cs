namespace AsAnalysis.Data;

/// <summary>One study-treatment administration (a row of ADEX).</summary>
public sealed record ExposureRecord
{
    /// <summary>Subject identifier (USUBJID), known to ADSL.</summary>
    public required string UsubjId { get; init; }
    /// <summary>Treatment given (EXTRT), e.g. <c>MSC</c> or <c>ETANERCEPT</c>.</summary>
    public required string Treatment { get; init; }
    /// <summary>Dose (EXDOSE).</summary>
    public decimal? Dose { get; init; }
    /// <summary>Dose unit (EXDOSU).</summary>
    public string? DoseUnit { get; init; }
    /// <summary>Administration date (ASTDT).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Where the record was read (a new, value-equal object on each call; see <see cref="SourceLocation"/>).</summary>
    public SourceLocation? Source { get => _position.ToLocation(); init => _position = SourcePosition.From(value); }
    /// <summary>The source file and line as stored (no allocation).</summary>
    internal SourcePosition Position { get => _position; init => _position = value; }
    private readonly SourcePosition _position;
}
