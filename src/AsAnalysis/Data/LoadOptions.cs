namespace AsAnalysis.Data;

/// <summary>
/// Options for <see cref="TrialDataLoader"/>; <see cref="Default"/> has every default. Every member is checked when
/// set, so an instance is always valid. The map and the set are copied on assignment and compared by content (two
/// options with the same settings are equal and have equal hash codes). Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record LoadOptions
{
    private readonly IReadOnlyDictionary<string, string> _columnMap = new ValueDictionary<string, string>([], StringComparer.OrdinalIgnoreCase);
    private readonly int? _requiredArmCount = 2;
    private readonly IReadOnlySet<string> _vasParameters = new ValueSet<string>([], StringComparer.Ordinal);
    private readonly int _maxProblems = 1000;

    /// <summary>The defaults: no column map, exactly two planned arms required, no 0-100 VAS parameters, at most 1000 problems listed.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// Maps a header as written in the export (key, matched case-insensitively after trimming) to the canonical
    /// ADaM name (value), e.g. <c>SUBJECT_ID</c> -&gt; <c>USUBJID</c>. Applies to every file of the export.
    /// Headers that are not mapped are matched to canonical names case-insensitively. Default empty (no header mapped).
    /// Keys and values are stored trimmed, values in upper case.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null map.</exception>
    /// <exception cref="ArgumentException">A key or value is null, empty or blank, or two keys differ only in case.</exception>
    public IReadOnlyDictionary<string, string> ColumnMap
    {
        get => _columnMap;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ColumnMap));
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (from, to) in value)
            {
                if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
                    throw new ArgumentException("Column map entries need a non-empty header and a non-empty canonical name.", nameof(ColumnMap));
                if (!map.TryAdd(from.Trim(), to.Trim().ToUpperInvariant()))
                    throw new ArgumentException($"The column map lists the header '{from.Trim()}' twice (headers are matched case-insensitively).", nameof(ColumnMap));
            }
            _columnMap = new ValueDictionary<string, string>(map, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// The number of planned arms (distinct TRT01P) the export must have; default 2 (this trial: MSC versus Etanercept).
    /// <c>null</c> accepts any number of arms from two up (tables per arm, each arm compared with the control).
    /// At least 2 when given.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 2.</exception>
    public int? RequiredArmCount
    {
        get => _requiredArmCount;
        init => _requiredArmCount = Guard.NullOrAtLeast(value, 2, nameof(RequiredArmCount), "At least two arms are needed for a comparison.");
    }

    /// <summary>
    /// Rating-scale parameter codes (e.g. <c>PTGLOBAL</c>) recorded as a 0-100 mm VAS in this export: their AVAL must lie in
    /// [0, 100] and is divided by 10 (exactly, in decimal) on load, so that analyses see the 0-10 scale. Default empty
    /// (every rating scale on 0-10). Codes are matched case-insensitively and stored trimmed, in upper case.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null set.</exception>
    /// <exception cref="ArgumentException">A code that is not a known 0-10 rating scale (see <see cref="ParamCodes"/>).</exception>
    public IReadOnlySet<string> VasParameters
    {
        get => _vasParameters;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(VasParameters));
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in value)
            {
                var c = code?.Trim().ToUpperInvariant() ?? "";
                if (!ParamCodes.All.Contains(c) || !ParamCodes.IsRatingScale(c))
                    throw new ArgumentException($"'{code}' is not a 0-10 rating-scale parameter code; only those can be recorded as a 0-100 VAS.", nameof(VasParameters));
                set.Add(c);
            }
            _vasParameters = new ValueSet<string>(set, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The most problems collected before validation stops listing them (the exception then says that more were not
    /// listed); default 1000, at least 1. Keeps a badly broken large export from producing a gigantic message.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init => _maxProblems = Guard.AtLeast(value, 1, nameof(MaxProblems));
    }
}
