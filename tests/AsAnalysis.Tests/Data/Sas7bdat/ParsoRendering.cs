using System.Globalization;
using AsAnalysis.Data.Sas7bdat;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// How the parso exports in tests/data/sas7bdat-parso print values of date, datetime and time formats (see the
/// PROVENANCE.md there): fixed English date patterns per format name, from the value read as a date (midnight), a
/// datetime (milliseconds truncated) or, for the time formats, whole seconds as <c>HH:mm:ss</c>. The patterns were
/// taken from the exported CSVs themselves (date_formats.csv and time_formats.csv show every one of them).
/// </summary>
internal static class ParsoRendering
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, Func<DateTime, string>> DatePatterns = new(StringComparer.Ordinal)
    {
        ["B8601DA"] = d => F(d, "yyyyMMdd"),
        ["E8601DA"] = d => F(d, "yyyy-MM-dd"),
        ["DATE"] = d => F(d, "ddMMMyyyy"),
        ["DAY"] = d => F(d, "dd"),
        ["DDMMYY"] = d => F(d, "dd/MM/yyyy"),
        ["DDMMYYB"] = d => F(d, "dd MM yyyy"),
        ["DDMMYYC"] = d => F(d, "dd:MM:yyyy"),
        ["DDMMYYD"] = d => F(d, "dd-MM-yyyy"),
        ["DDMMYYN"] = d => F(d, "ddMMyyyy"),
        ["DDMMYYP"] = d => F(d, "dd.MM.yyyy"),
        ["DDMMYYS"] = d => F(d, "dd/MM/yyyy"),
        ["JULDAY"] = d => d.DayOfYear.ToString(En),
        ["JULIAN"] = d => F(d, "yyyy") + d.DayOfYear.ToString(En),
        ["MMDDYY"] = d => F(d, "MM/dd/yyyy"),
        ["MMDDYYB"] = d => F(d, "MM dd yyyy"),
        ["MMDDYYC"] = d => F(d, "MM:dd:yyyy"),
        ["MMDDYYD"] = d => F(d, "MM-dd-yyyy"),
        ["MMDDYYN"] = d => F(d, "MMddyyyy"),
        ["MMDDYYP"] = d => F(d, "MM.dd.yyyy"),
        ["MMDDYYS"] = d => F(d, "MM/dd/yyyy"),
        ["MMYY"] = d => F(d, "MM'M'yyyy"),
        ["MMYYC"] = d => F(d, "MM:yyyy"),
        ["MMYYD"] = d => F(d, "MM-yyyy"),
        ["MMYYN"] = d => F(d, "MMyyyy"),
        ["MMYYP"] = d => F(d, "MM.yyyy"),
        ["MMYYS"] = d => F(d, "MM/yyyy"),
        ["MONNAME"] = d => F(d, "MMMM"),
        ["MONTH"] = d => d.Month.ToString(En),
        ["MONYY"] = d => F(d, "MMMyyyy"),
        ["WEEKDATE"] = d => F(d, "dddd, MMMM dd, yyyy"),
        ["WEEKDATX"] = d => F(d, "dddd, dd MMMM, yyyy"),
        ["WEEKDAY"] = d => (d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek).ToString(En),
        ["DOWNAME"] = d => F(d, "dddd"),
        ["WORDDATE"] = d => F(d, "MMMM d, yyyy"),
        ["WORDDATX"] = d => F(d, "d MMMM yyyy"),
        ["YYMM"] = d => F(d, "yyyy'M'MM"),
        ["YYMMC"] = d => F(d, "yyyy:MM"),
        ["YYMMD"] = d => F(d, "yyyy-MM"),
        ["YYMMN"] = d => F(d, "yyyyMM"),
        ["YYMMP"] = d => F(d, "yyyy.MM"),
        ["YYMMS"] = d => F(d, "yyyy/MM"),
        ["YYMMDD"] = d => F(d, "yyyy-MM-dd"),
        ["YYMMDDB"] = d => F(d, "yyyy MM dd"),
        ["YYMMDDC"] = d => F(d, "yyyy:MM:dd"),
        ["YYMMDDD"] = d => F(d, "yyyy-MM-dd"),
        ["YYMMDDN"] = d => F(d, "yyyyMMdd"),
        ["YYMMDDP"] = d => F(d, "yyyy.MM.dd"),
        ["YYMMDDS"] = d => F(d, "yyyy/MM/dd"),
        ["YYMON"] = d => F(d, "yyyyMMM"),
        ["YEAR"] = d => F(d, "yyyy"),
    };

    private static readonly Dictionary<string, Func<DateTime, string>> DateTimePatterns = new(StringComparer.Ordinal)
    {
        ["B8601DN"] = t => F(t, "yyyyMMdd"),
        ["B8601DT"] = t => F(t, "yyyyMMdd'T'HHmmssfff"),
        ["B8601DX"] = t => F(t, "yyyyMMdd'T'HHmmss") + "+0000",
        ["B8601DZ"] = t => F(t, "yyyyMMdd'T'HHmmss") + "+0000",
        ["B8601LX"] = t => F(t, "yyyyMMdd'T'HHmmss") + "+0000",
        ["E8601DN"] = t => F(t, "yyyy-MM-dd"),
        ["E8601DT"] = t => F(t, "yyyy-MM-dd'T'HH:mm:ss.fff"),
        ["E8601DX"] = t => F(t, "yyyy-MM-dd'T'HH:mm:ss") + "+0000",
        ["E8601DZ"] = t => F(t, "yyyy-MM-dd'T'HH:mm:ss") + "+0000",
        ["E8601LX"] = t => F(t, "yyyy-MM-dd'T'HH:mm:ss") + "+0000",
        ["DATEAMPM"] = t => F(t, "ddMMMyyyy:HH:mm:ss.") + Millis(t) + F(t, " tt"),
        ["DATETIME"] = t => F(t, "ddMMMyyyy:HH:mm:ss.") + Millis(t),
        ["DTDATE"] = t => F(t, "ddMMMyyyy"),
        ["DTMONYY"] = t => F(t, "MMMyyyy"),
        ["DTWKDATX"] = t => F(t, "dddd, dd MMMM, yyyy"),
        ["DTYEAR"] = t => F(t, "yyyy"),
        ["MDYAMPM"] = t => F(t, "MM/dd/yyyy H:mm tt"),
        ["TOD"] = t => F(t, "HH:mm:ss.") + Millis(t),
    };

    private static readonly HashSet<string> TimeNames = new(StringComparer.Ordinal) { "TIME", "HHMM", "E8601LZ", "E8601TM", "HOUR", "MMSS", "TIMEAMPM" };

    /// <summary>The text parso prints for a present number of <paramref name="variable"/>, or null when its format is not one parso prints as a date or time.</summary>
    public static string? Temporal(Sas7bdatVariable variable, Sas7bdatValue value)
    {
        var name = variable.Format.Name;
        if (DatePatterns.TryGetValue(name, out var date))
        {
            Assert.Equal(SasTemporalKind.Date, variable.TemporalKind);
            Assert.True(value.TryGetDate(out var d), $"{variable.Name}: {value} is not a date");
            return date(d.ToDateTime(TimeOnly.MinValue));
        }
        if (DateTimePatterns.TryGetValue(name, out var dateTime))
        {
            Assert.Equal(name == "TOD" ? SasTemporalKind.Time : SasTemporalKind.DateTime, variable.TemporalKind);
            Assert.True(value.TryGetDateTime(out var t), $"{variable.Name}: {value} is not a datetime");
            return dateTime(new DateTime(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond));
        }
        if (TimeNames.Contains(name))
        {
            Assert.Equal(SasTemporalKind.Time, variable.TemporalKind);
            Assert.True(value.TryGetTime(out var time), $"{variable.Name}: {value} is not a time");
            var s = (long)Math.Round(time.TotalSeconds);
            return $"{s / 3600:00}:{s / 60 % 60:00}:{s % 60:00}";
        }
        return null;
    }

    private static string F(DateTime t, string format) => t.ToString(format, En);

    /// <summary>Milliseconds printed with at least two digits (Java's <c>SS</c>).</summary>
    private static string Millis(DateTime t) => t.Millisecond.ToString("00", En);
}
