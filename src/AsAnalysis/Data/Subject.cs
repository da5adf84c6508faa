namespace AsAnalysis.Data;

/// <summary>One randomized subject (a row of ADSL).</summary>
public sealed record Subject
{
    /// <summary>Unique subject identifier (USUBJID).</summary>
    public required string UsubjId { get; init; }
    /// <summary>Planned (randomized) arm (TRT01P); efficacy analyses group by it.</summary>
    public required string PlannedArm { get; init; }
    /// <summary>Actual arm (TRT01A, defaults to TRT01P); safety analyses group by it.</summary>
    public required string ActualArm { get; init; }
    /// <summary>Intention-to-treat (full analysis set) flag (ITTFL = Y).</summary>
    public required bool Itt { get; init; }
    /// <summary>Safety population flag (SAFFL = Y).</summary>
    public required bool Safety { get; init; }
    /// <summary>Per-protocol flag (PPROTFL); <c>null</c> when the column is absent or empty.</summary>
    public bool? PerProtocol { get; init; }
    /// <summary>First treatment date (TRTSDT).</summary>
    public DateOnly? TreatmentStart { get; init; }
    /// <summary>Last treatment date (TRTEDT).</summary>
    public DateOnly? TreatmentEnd { get; init; }
    /// <summary>Age in years (AGE).</summary>
    public decimal? Age { get; init; }
    /// <summary>Sex (SEX) as recorded.</summary>
    public string? Sex { get; init; }
    /// <summary>HLA-B27 status (HLAB27) as recorded.</summary>
    public string? HlaB27 { get; init; }
    /// <summary>Stratification factor (STRAT1) as recorded.</summary>
    public string? Stratum { get; init; }
    /// <summary>End-of-study status (EOSSTT), e.g. COMPLETED or DISCONTINUED.</summary>
    public string? EndOfStudyStatus { get; init; }
    /// <summary>Discontinuation reason (DCSREAS).</summary>
    public string? DiscontinuationReason { get; init; }
    /// <summary>End-of-study date (EOSDT), when exported.</summary>
    public DateOnly? EndOfStudyDate { get; init; }
    /// <summary>Death flag (DTHFL = Y), when exported.</summary>
    public bool? Died { get; init; }
    /// <summary>Where the record was read (a new, value-equal object on each call; see <see cref="SourceLocation"/>).</summary>
    public SourceLocation? Source { get => _position.ToLocation(); init => _position = SourcePosition.From(value); }
    /// <summary>The source file and line as stored (no allocation).</summary>
    internal SourcePosition Position { get => _position; init => _position = value; }
    private readonly SourcePosition _position;
}
