using System.Globalization;

namespace AsAnalysis.Data.Xpt;

/// <summary>
/// Turns transport values into the raw text fields the export validator reads, so that CSV and XPT inputs share one
/// validation and one set of messages:
/// numbers in invariant round-trip (<c>R</c>) format; SAS dates as <c>yyyy-MM-dd</c>; every missing value
/// (<c>.</c>, <c>.A</c>-<c>.Z</c>, <c>._</c>, blank text) as null; text as stored without trailing blanks.
/// </summary>
internal static class XptText
{
    /// <summary>SAS date and datetime values count from this day (day 0; second 0 of it).</summary>
    public static readonly DateOnly SasEpoch = new(1960, 1, 1);

    private static readonly int MinDay = DateOnly.MinValue.DayNumber - SasEpoch.DayNumber;
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber - SasEpoch.DayNumber;

    private static readonly HashSet<string> DateTimeOrTimeFormats = new(StringComparer.Ordinal)
    {
        "DATETIME", "DATEAMPM", "DTDATE", "DTMONYY", "DTWKDATX", "DTYEAR", "DTYYQC", "E8601DT", "E8601DN", "E8601DZ", "E8601LX",
        "E8601TM", "E8601TZ", "E8601TX", "E8601LZ", "B8601DT", "B8601DN", "B8601DZ", "B8601TM", "B8601TZ", "IS8601DT", "IS8601DN",
        "IS8601TM", "IS8601TZ", "IS8601DZ", "TIME", "TIMEAMPM", "TOD", "HHMM", "HOUR", "MMSS", "NLDATM", "NLTIME", "MDYAMPM",
    };

    /// <summary>
    /// Whether a numeric variable holds SAS dates (days since 1960-01-01): its format is a date format (DATE9., YYMMDD10.,
    /// E8601DA. ...), or its name ends in <c>DT</c> (the ADaM convention for numeric dates) and its format is not a
    /// datetime or time format.
    /// </summary>
    public static bool IsDateVariable(XptVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.Type != XptVariableType.Numeric) return false;
        if (variable.Format.IsDate) return true;
        return variable.Name.EndsWith("DT", StringComparison.OrdinalIgnoreCase) && !DateTimeOrTimeFormats.Contains(variable.Format.Name);
    }

    /// <summary>
    /// The text field of one value. A date that is not a whole day within years 1-9999 stays a number, so that the
    /// validator rejects it as an unparseable date showing the stored value, rather than it being rounded silently.
    /// </summary>
    public static string? Field(XptValue value, bool isDate)
    {
        if (value.Type == XptVariableType.Character) return value.Text!.Length == 0 ? null : value.Text;
        if (value.Number is not { } number) return null;
        if (isDate && Math.Floor(number) == number && number >= MinDay && number <= MaxDay)
            return SasEpoch.AddDays((int)number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The text fields of one observation, in variable order.</summary>
    public static string?[] Fields(XptRecord record, IReadOnlyList<bool> isDate)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = record.Values;
        var fields = new string?[values.Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = Field(values[i], isDate[i]);
        return fields;
    }
}
