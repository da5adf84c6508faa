using System.Globalization;

namespace AsAnalysis.Data.Xpt;

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
