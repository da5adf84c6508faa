namespace AsAnalysis.Data;

/// <summary>Efficacy records of one parameter (PARAMCD).</summary>
public sealed record ParameterCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or more missing values than records.</exception>
    public ParameterCount(string paramCd, bool known, int records, int missingValues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paramCd);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        if (missingValues < 0 || missingValues > records) throw new ArgumentOutOfRangeException(nameof(missingValues), missingValues, "Must lie between 0 and the record count.");
        (ParamCd, Known, Records, MissingValues) = (paramCd, known, records, missingValues);
    }

    /// <summary>Parameter code.</summary>
    public string ParamCd { get; }
    /// <summary>Whether the analyses use the code (see <see cref="ParamCodes.All"/>); other codes are kept but not analysed.</summary>
    public bool Known { get; }
    /// <summary>Records.</summary>
    public int Records { get; }
    /// <summary>Records with an empty AVAL.</summary>
    public int MissingValues { get; }
}
