namespace AsAnalysis.Data.Sas7bdat;

/// <summary>What a numeric SAS value means according to its display format (see <see cref="Sas7bdatVariable.TemporalKind"/>).</summary>
public enum SasTemporalKind
{
    /// <summary>A plain number: no format, a numeric format (<c>BEST12.</c>, <c>8.2</c>), or a character variable.</summary>
    None,
    /// <summary>A date: days since 1960-01-01 (formats DATE, YYMMDD, E8601DA, MMDDYY, WEEKDATE, MONYY, ...).</summary>
    Date,
    /// <summary>A date and time: seconds since 1960-01-01T00:00:00 (formats DATETIME, E8601DT, DATEAMPM, DTDATE, ...).</summary>
    DateTime,
    /// <summary>A time of day or duration: seconds since midnight (formats TIME, HHMM, TOD, E8601TM, ...).</summary>
    Time,
}
