namespace AsAnalysis.Data;

/// <summary>Options for <see cref="TrialDataLoader"/>. Immutable; change with a <c>with</c> expression.</summary>
public sealed record LoadOptions
{
    private IReadOnlyDictionary<string, string> _columnMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    private int? _requiredArmCount = 2;
    private IReadOnlySet<string> _vasParameters = new HashSet<string>(StringComparer.Ordinal);
    private int _maxProblems = 1000;

    /// <summary>The defaults: no column map, exactly two planned arms required, no 0-100 VAS parameters, at most 1000 problems listed.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// Maps a header as written in the export (key, matched case-insensitively after trimming) to the canonical
    /// ADaM name (value), e.g. <c>SUBJECT_ID</c> -&gt; <c>USUBJID</c>. Applies to every file of the export.
    /// Headers that are not mapped are matched to canonical names case-insensitively.
    /// </summary>
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
            _columnMap = map;
        }
    }

    /// <summary>
    /// The number of planned arms (distinct TRT01P) the export must have; default 2 (this trial: MSC versus Etanercept).
    /// <c>null</c> accepts any number of arms from two up (tables per arm, each arm compared with the control).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 2.</exception>
    public int? RequiredArmCount
    {
        get => _requiredArmCount;
        init
        {
            if (value is < 2) throw new ArgumentOutOfRangeException(nameof(RequiredArmCount), value, "At least two arms are needed for a comparison.");
            _requiredArmCount = value;
        }
    }

    /// <summary>
    /// Rating-scale parameter codes (e.g. <c>PTGLOBAL</c>) recorded as a 0-100 mm VAS in this export: their AVAL must lie in
    /// [0, 100] and is divided by 10 (exactly, in decimal) on load, so that analyses see the 0-10 scale.
    /// </summary>
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
            _vasParameters = set;
        }
    }

    /// <summary>
    /// The most problems collected before validation stops listing them (the exception then says that more were not
    /// listed); default 1000. Keeps a badly broken large export from producing a gigantic message.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxProblems));
            _maxProblems = value;
        }
    }

    /// <summary>Whether two option sets are equal (by the values of all settings).</summary>
    /// <param name="other">The other options.</param>
    public bool Equals(LoadOptions? other) =>
        other is not null
        && RequiredArmCount == other.RequiredArmCount
        && MaxProblems == other.MaxProblems
        && VasParameters.SetEquals(other.VasParameters)
        && ColumnMap.Count == other.ColumnMap.Count
        && ColumnMap.All(kv => other.ColumnMap.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>A hash code consistent with <see cref="Equals(LoadOptions?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(RequiredArmCount, MaxProblems, VasParameters.Count, ColumnMap.Count);
}
