namespace AsAnalysis.Data.Sas7bdat;

/// <summary>Codes and labels of <see cref="SasTemporalKind"/>.</summary>
public static class SasTemporalKindNames
{
    /// <summary>snake_case code: <c>none</c>, <c>date</c>, <c>datetime</c> or <c>time</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Code(this SasTemporalKind kind) => kind switch
    {
        SasTemporalKind.None => "none",
        SasTemporalKind.Date => "date",
        SasTemporalKind.DateTime => "datetime",
        SasTemporalKind.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined temporal kind."),
    };

    /// <summary>Compact label: <c>-</c>, <c>date</c>, <c>datetime</c> or <c>time</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string ShortLabel(this SasTemporalKind kind) => kind switch
    {
        SasTemporalKind.None => "-",
        SasTemporalKind.Date => "date",
        SasTemporalKind.DateTime => "datetime",
        SasTemporalKind.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined temporal kind."),
    };

    /// <summary>Label in words, with the unit of the stored number.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Label(this SasTemporalKind kind) => kind switch
    {
        SasTemporalKind.None => "plain number",
        SasTemporalKind.Date => "date (days since 1960-01-01)",
        SasTemporalKind.DateTime => "date and time (seconds since 1960-01-01 00:00:00)",
        SasTemporalKind.Time => "time (seconds since midnight)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined temporal kind."),
    };
}
