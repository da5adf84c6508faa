namespace AsAnalysis.Data;

/// <summary>Where a record came from: the file name and the 1-based physical line (CSV) or record number (XPT).</summary>
/// <param name="File">File name as found in the export folder (e.g. <c>adsl.csv</c>).</param>
/// <param name="Line">1-based line number of the record (the header is line 1 in CSV files).</param>
/// <remarks>
/// The records (<see cref="Subject"/>, <see cref="Assessment"/>, <see cref="AdverseEvent"/>, <see cref="ExposureRecord"/>)
/// keep their file and line inline, not as an object each (16 million efficacy rows would otherwise hold 16 million
/// locations, about 500 MB); their <c>Source</c> property returns a new, value-equal location on each call.
/// </remarks>
public sealed record SourceLocation(string File, long Line)
{
    /// <summary>Formats the location as <c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A record's source file and line, stored inline in the record (a null file means no location).</summary>
/// <param name="File">File name (one shared string per file), or null.</param>
/// <param name="Line">The line.</param>
internal readonly record struct SourcePosition(string? File, long Line)
{
    /// <summary>The position of a location (default for null).</summary>
    public static SourcePosition From(SourceLocation? location) => location is null ? default : new(location.File, location.Line);

    /// <summary>A new location object, or null when there is none.</summary>
    public SourceLocation? ToLocation() => File is null ? null : new(File, Line);
}

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

/// <summary>Adverse event severity (AESEV), ordered from mildest to most severe.</summary>
public enum AeSeverity
{
    /// <summary>MILD.</summary>
    Mild = 1,
    /// <summary>MODERATE.</summary>
    Moderate = 2,
    /// <summary>SEVERE.</summary>
    Severe = 3,
}

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

/// <summary>The canonical parameter codes of the efficacy dataset.</summary>
public static class ParamCodes
{
    /// <summary>BASDAI question codes BASDAI01..BASDAI06.</summary>
    public static readonly IReadOnlyList<string> BasdaiItems = ["BASDAI01", "BASDAI02", "BASDAI03", "BASDAI04", "BASDAI05", "BASDAI06"];
    /// <summary>BASFI item codes BASFI01..BASFI10.</summary>
    public static readonly IReadOnlyList<string> BasfiItems = ["BASFI01", "BASFI02", "BASFI03", "BASFI04", "BASFI05", "BASFI06", "BASFI07", "BASFI08", "BASFI09", "BASFI10"];
    /// <summary>Patient global assessment of disease activity.</summary>
    public const string PatientGlobal = "PTGLOBAL";
    /// <summary>Total back pain.</summary>
    public const string TotalBackPain = "TOTBPAIN";
    /// <summary>Nocturnal back pain.</summary>
    public const string NocturnalBackPain = "NOCBPAIN";
    /// <summary>C-reactive protein, mg/L.</summary>
    public const string Crp = "CRP";
    /// <summary>Erythrocyte sedimentation rate, mm/h.</summary>
    public const string Esr = "ESR";
    /// <summary>Lateral spinal flexion, cm (larger is better).</summary>
    public const string LateralFlexion = "LATFLEX";
    /// <summary>Pre-derived BASDAI total (items win when present).</summary>
    public const string Basdai = "BASDAI";
    /// <summary>Pre-derived BASFI total (items win when present).</summary>
    public const string Basfi = "BASFI";

    /// <summary>Whether a parameter is a 0-10 rating scale (validated to lie in [0, 10]).</summary>
    /// <param name="paramCd">Upper-case parameter code.</param>
    public static bool IsRatingScale(string paramCd) => paramCd is not (Crp or Esr or LateralFlexion);

    /// <summary>All parameter codes the library knows.</summary>
    public static readonly IReadOnlyList<string> All =
        [.. BasdaiItems, .. BasfiItems, PatientGlobal, TotalBackPain, NocturnalBackPain, Crp, Esr, LateralFlexion, Basdai, Basfi];
}
