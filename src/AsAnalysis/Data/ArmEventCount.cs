namespace AsAnalysis.Data;

/// <summary>Adverse-event records of one actual arm (TRT01A).</summary>
public sealed record ArmEventCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty arm.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or a part larger than the record count.</exception>
    public ArmEventCount(string arm, int records, int subjects, int serious, int flaggedNotEmergent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arm);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        foreach (var (value, name) in new[] { (subjects, nameof(subjects)), (serious, nameof(serious)), (flaggedNotEmergent, nameof(flaggedNotEmergent)) })
            if (value < 0 || value > records) throw new ArgumentOutOfRangeException(name, value, "Must lie between 0 and the record count.");
        (Arm, Records, Subjects, Serious, FlaggedNotEmergent) = (arm, records, subjects, serious, flaggedNotEmergent);
    }

    /// <summary>Actual arm of the subjects.</summary>
    public string Arm { get; }
    /// <summary>AE records.</summary>
    public int Records { get; }
    /// <summary>Distinct subjects with at least one record.</summary>
    public int Subjects { get; }
    /// <summary>Records with AESER = Y.</summary>
    public int Serious { get; }
    /// <summary>Records exported with TRTEMFL = N (e.g. started before treatment).</summary>
    public int FlaggedNotEmergent { get; }
}
