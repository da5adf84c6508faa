using System.Globalization;

namespace AsAnalysis.Data.Xpt;

/// <summary>The storage type of a SAS variable.</summary>
public enum XptVariableType
{
    /// <summary>Numeric: an IBM 370 hexadecimal floating-point number of 2 to 8 bytes (NAMESTR <c>ntype</c> = 1).</summary>
    Numeric = 1,
    /// <summary>Character: fixed-width, blank-padded text (NAMESTR <c>ntype</c> = 2).</summary>
    Character = 2,
}

/// <summary>A SAS format or informat attached to a variable: name, width and decimals (e.g. <c>DATE9.</c>, <c>8.2</c>).</summary>
public sealed record XptFormat
{
    private static readonly HashSet<string> DateFormatNames = BuildDateFormatNames();

    /// <summary>The empty format (no format attached).</summary>
    public static XptFormat None { get; } = new(string.Empty, 0, 0);

    /// <summary>Creates a format.</summary>
    /// <param name="name">Format name without width or period, upper case (e.g. <c>DATE</c>); empty for a plain <c>w.d</c> format or none.</param>
    /// <param name="width">Width (0 when unspecified); 0 to 32767.</param>
    /// <param name="decimals">Decimals (0 when unspecified); 0 to 32767.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative width or decimals.</exception>
    public XptFormat(string name, int width, int decimals)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        Name = name.Trim().ToUpperInvariant();
        Width = width;
        Decimals = decimals;
    }

    /// <summary>Format name without width or period, upper case; empty for a plain <c>w.d</c> format or none.</summary>
    public string Name { get; }

    /// <summary>Width; 0 when unspecified.</summary>
    public int Width { get; }

    /// <summary>Number of decimals; 0 when unspecified.</summary>
    public int Decimals { get; }

    /// <summary>True when no format is attached (empty name and zero width).</summary>
    public bool IsNone => Name.Length == 0 && Width == 0;

    /// <summary>
    /// True when the format displays a SAS date value (days since 1960-01-01): DATE, YYMMDD, E8601DA, IS8601DA, MMDDYY,
    /// DDMMYY and their separator variants, MONYY, WORDDATE, WEEKDATE, JULIAN, YEAR and similar. Datetime formats
    /// (DATETIME, E8601DT) and time formats are not date formats.
    /// </summary>
    public bool IsDate => DateFormatNames.Contains(Name);

    /// <summary>SAS notation: <c>DATE9.</c>, <c>8.2</c>, <c>$CHAR20.</c>; empty for <see cref="None"/>.</summary>
    public override string ToString()
    {
        if (IsNone) return string.Empty;
        var w = Width > 0 ? Width.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var d = Decimals > 0 ? Decimals.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return Name + w + "." + d;
    }

    private static HashSet<string> BuildDateFormatNames()
    {
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            "DATE", "DAY", "DOWNAME", "E8601DA", "B8601DA", "IS8601DA", "JULDAY", "JULIAN", "MONNAME", "MONTH", "MONYY",
            "NENGO", "MINGUO", "QTR", "QTRR", "WEEKDATE", "WEEKDATX", "WEEKDAY", "WORDDATE", "WORDDATX", "YEAR", "YYMON",
            "YYQR", "NLDATE", "NLDATEL", "NLDATEM", "NLDATEMN", "NLDATES", "NLDATEW", "NLDATEWN", "NLDATEYM", "NLDATEYQ",
            "NLDATEYR", "NLDATEYW", "EURDFDD", "EURDFDE", "EURDFMY", "EURDFWDX", "EURDFWKX", "WEEKU", "WEEKV", "WEEKW",
        };
        // Formats with an optional separator suffix: B (blank), C (colon), D (dash), N (none), P (period), S (slash).
        foreach (var stem in new[] { "DDMMYY", "MMDDYY", "YYMMDD", "MMYY", "YYMM", "YYQ", "DDMMYYX", "MMDDYYX", "YYMMDDX" })
        {
            set.Add(stem);
            foreach (var sep in "BCDNPS") set.Add(stem + sep);
        }
        return set;
    }
}

/// <summary>One variable of a transport dataset, as described by its NAMESTR record.</summary>
public sealed record XptVariable
{
    /// <summary>Creates a variable description.</summary>
    /// <param name="number">1-based variable number (NAMESTR <c>nvar0</c>).</param>
    /// <param name="name">Variable name (1 to 8 characters in version 5), non-empty.</param>
    /// <param name="label">Variable label (up to 40 characters), possibly empty.</param>
    /// <param name="type">Numeric or character.</param>
    /// <param name="length">Length in bytes: 2 to 8 for numeric, at least 1 for character.</param>
    /// <param name="position">Byte offset of the value within an observation, at least 0.</param>
    /// <param name="format">Display format (<see cref="XptFormat.None"/> when none).</param>
    /// <param name="informat">Input format (<see cref="XptFormat.None"/> when none).</param>
    /// <exception cref="ArgumentException">An empty name or an undefined type.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A length or position out of range.</exception>
    public XptVariable(int number, string name, string label, XptVariableType type, int length, int position, XptFormat format, XptFormat informat)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(informat);
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A variable name must not be empty.", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentException($"Undefined variable type {(int)type}.", nameof(type));
        if (type == XptVariableType.Numeric && (length < 2 || length > 8))
            throw new ArgumentOutOfRangeException(nameof(length), length, "A numeric variable has a length of 2 to 8 bytes.");
        if (type == XptVariableType.Character && length < 1)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A character variable has a length of at least 1 byte.");
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Number = number;
        Name = name.Trim();
        Label = label;
        Type = type;
        Length = length;
        Position = position;
        Format = format;
        Informat = informat;
    }

    /// <summary>1-based variable number (NAMESTR <c>nvar0</c>).</summary>
    public int Number { get; }
    /// <summary>Variable name as stored (trailing blanks removed).</summary>
    public string Name { get; }
    /// <summary>Variable label (trailing blanks removed), possibly empty.</summary>
    public string Label { get; }
    /// <summary>Numeric or character.</summary>
    public XptVariableType Type { get; }
    /// <summary>Length in bytes.</summary>
    public int Length { get; }
    /// <summary>Byte offset of the value within an observation.</summary>
    public int Position { get; }
    /// <summary>Display format (e.g. <c>DATE9.</c>).</summary>
    public XptFormat Format { get; }
    /// <summary>Input format.</summary>
    public XptFormat Informat { get; }
}

/// <summary>
/// One value of an observation. Numeric values carry a number or a missing-value code (<c>.</c>, <c>.A</c>-<c>.Z</c>, <c>._</c>);
/// character values carry their text with trailing blanks removed. <c>default(XptValue)</c> is the ordinary numeric missing value <c>.</c>.
/// </summary>
public readonly record struct XptValue
{
    private const char Present = '\u0001';
    private readonly double _number;
    private readonly char _code; // '\0' = ordinary missing '.', Present = number present, 'A'..'Z' / '_' = special missing
    private readonly string? _text;

    private XptValue(double number, char code, string? text)
    {
        _number = number;
        _code = code;
        _text = text;
    }

    /// <summary>A present numeric value.</summary>
    /// <param name="value">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite (not representable in a transport file).</exception>
    public static XptValue FromNumber(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A SAS number is finite.");
        return new XptValue(value, Present, null);
    }

    /// <summary>A numeric missing value.</summary>
    /// <param name="code"><c>'.'</c> for the ordinary missing value, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c> for special missing values.</param>
    /// <exception cref="ArgumentOutOfRangeException">Any other code.</exception>
    public static XptValue FromMissing(char code)
    {
        if (code == '.') return default;
        if (code is (>= 'A' and <= 'Z') or '_') return new XptValue(0, code, null);
        throw new ArgumentOutOfRangeException(nameof(code), code, "A SAS missing value code is '.', 'A'-'Z' or '_'.");
    }

    /// <summary>A character value.</summary>
    /// <param name="text">The text (an empty string is the character missing value).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static XptValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new XptValue(0, Present, text);
    }

    /// <summary>Numeric or character.</summary>
    public XptVariableType Type => _text is null ? XptVariableType.Numeric : XptVariableType.Character;

    /// <summary>The number, for a present numeric value; <c>null</c> for a missing or a character value.</summary>
    public double? Number => _text is null && _code == Present ? _number : null;

    /// <summary>For a numeric missing value its code: <c>'.'</c>, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c>; otherwise <c>null</c>.</summary>
    public char? MissingCode => _text is not null || _code == Present ? null : _code == '\0' ? '.' : _code;

    /// <summary>The text of a character value (trailing blanks removed); <c>null</c> for a numeric value.</summary>
    public string? Text => _text;

    /// <summary>True for a numeric missing value or an empty (all-blank) character value.</summary>
    public bool IsMissing => _text is null ? _code != Present : _text.Length == 0;

    /// <summary>Invariant text: the number in round-trip (<c>R</c>) format, <c>.</c> / <c>.A</c> / <c>._</c> for missing values, or the text.</summary>
    public override string ToString()
    {
        if (_text is not null) return _text;
        if (_code == Present) return _number.ToString("R", CultureInfo.InvariantCulture);
        return _code == '\0' ? "." : "." + _code;
    }
}

/// <summary>One observation of a transport dataset.</summary>
public sealed class XptRecord
{
    private readonly XptValue[] _values;
    private readonly IReadOnlyDictionary<string, int> _index;

    internal XptRecord(long number, XptValue[] values, IReadOnlyDictionary<string, int> index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1L);
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        Number = number;
    }

    /// <summary>1-based observation number within the dataset (used as the record number in problem reports).</summary>
    public long Number { get; }

    /// <summary>The values, in variable order.</summary>
    public IReadOnlyList<XptValue> Values => _values;

    /// <summary>The value of the variable at <paramref name="index"/> (0-based, variable order).</summary>
    /// <param name="index">0-based variable index.</param>
    public XptValue this[int index] => _values[index];

    /// <summary>The value of the named variable (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    public XptValue this[string name] =>
        _index.TryGetValue(name, out var i) ? _values[i] : throw new KeyNotFoundException($"No variable named '{name}'.");
}

/// <summary>One dataset (member) read from a SAS transport (XPORT version 5) file.</summary>
public sealed class XptDataset
{
    private readonly Dictionary<string, int> _index;

    internal XptDataset(
        string fileName, string name, string label, string datasetType, string sasVersion, string operatingSystem,
        DateTime? created, DateTime? modified, IReadOnlyList<XptVariable> variables, IReadOnlyList<XptRecord> records,
        Dictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(records);
        FileName = fileName;
        Name = name;
        Label = label;
        DatasetType = datasetType;
        SasVersion = sasVersion;
        OperatingSystem = operatingSystem;
        Created = created;
        Modified = modified;
        Variables = variables;
        Records = records;
        _index = index;
    }

    /// <summary>The file name given to the reader (used in problem reports).</summary>
    public string FileName { get; }
    /// <summary>Member (dataset) name, e.g. <c>ADSL</c>.</summary>
    public string Name { get; }
    /// <summary>Dataset label, possibly empty.</summary>
    public string Label { get; }
    /// <summary>Dataset type from the member header, usually empty.</summary>
    public string DatasetType { get; }
    /// <summary>Version of SAS (or of the writing program) recorded in the member header, e.g. <c>9.4</c>.</summary>
    public string SasVersion { get; }
    /// <summary>Operating system recorded in the member header, e.g. <c>X64_SRV1</c>.</summary>
    public string OperatingSystem { get; }
    /// <summary>
    /// Creation timestamp of the member; <c>null</c> when the header field is blank or not a valid <c>ddMMMyy:hh:mm:ss</c>.
    /// The header holds a two-digit year, read in the 100-year window 1940-2039.
    /// </summary>
    public DateTime? Created { get; }
    /// <summary>Last modification timestamp of the member (same rules as <see cref="Created"/>).</summary>
    public DateTime? Modified { get; }
    /// <summary>The variables in file order.</summary>
    public IReadOnlyList<XptVariable> Variables { get; }
    /// <summary>The observations in file order.</summary>
    public IReadOnlyList<XptRecord> Records { get; }

    /// <summary>Looks up a variable by name (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <param name="variable">The variable, when found.</param>
    public bool TryGetVariable(string name, out XptVariable variable)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_index.TryGetValue(name, out var i))
        {
            variable = Variables[i];
            return true;
        }
        variable = null!;
        return false;
    }

    /// <summary>0-based index of the named variable (case-insensitive), or -1 when absent.</summary>
    /// <param name="name">Variable name.</param>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out var i) ? i : -1;
    }
}
