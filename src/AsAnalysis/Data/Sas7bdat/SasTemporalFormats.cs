using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// Sorts SAS display formats into date, datetime and time formats (SAS 9.4 Formats and Informats: Reference, the
/// "Date and Time" category). Date formats are those of <see cref="XptFormat.IsDate"/>; the datetime and time lists
/// are below. ISO 8601 formats follow their letters: <c>DA</c>/<c>DN</c> date, <c>DT</c>/<c>DX</c>/<c>DZ</c>/<c>LX</c>
/// datetime (<c>DN</c> writes the date part of a datetime value), <c>TM</c>/<c>TZ</c>/<c>LZ</c> time.
/// </summary>
internal static class SasTemporalFormats
{
    private static readonly HashSet<string> DateTimeNames = new(StringComparer.Ordinal)
    {
        "DATETIME", "DATEAMPM", "DTDATE", "DTMONYY", "DTWKDATX", "DTYEAR", "DTYYQC", "MDYAMPM",
        "E8601DT", "E8601DN", "E8601DX", "E8601DZ", "E8601LX", "B8601DT", "B8601DN", "B8601DX", "B8601DZ", "B8601LX",
        "IS8601DT", "IS8601DN", "IS8601DZ", "NLDATM", "NLDATMAP", "NLDATMDT", "NLDATML", "NLDATMM", "NLDATMMD",
        "NLDATMMDL", "NLDATMMDM", "NLDATMMDS", "NLDATMMN", "NLDATMS", "NLDATMW", "NLDATMWN", "NLDATMWZ", "NLDATMYM",
        "NLDATMYML", "NLDATMYMM", "NLDATMYMS", "NLDATMYQ", "NLDATMYQL", "NLDATMYQM", "NLDATMYQS", "NLDATMYR",
        "NLDATMYW", "NLDATMZ", "EURDFDT",
    };

    private static readonly HashSet<string> TimeNames = new(StringComparer.Ordinal)
    {
        "TIME", "TIMEAMPM", "TOD", "HHMM", "HOUR", "MMSS", "E8601TM", "E8601TZ", "E8601LZ", "E8601TX",
        "B8601TM", "B8601TZ", "B8601LZ", "IS8601TM", "IS8601TZ", "IS8601LZ", "NLTIME", "NLTIMAP",
    };

    /// <summary>What the numbers of a variable with this format stand for.</summary>
    public static SasTemporalKind Kind(XptFormat format)
    {
        if (format.IsNone) return SasTemporalKind.None;
        if (format.IsDate) return SasTemporalKind.Date;
        if (DateTimeNames.Contains(format.Name)) return SasTemporalKind.DateTime;
        return TimeNames.Contains(format.Name) ? SasTemporalKind.Time : SasTemporalKind.None;
    }
}
