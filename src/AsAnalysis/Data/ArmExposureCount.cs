namespace AsAnalysis.Data;

/// <summary>Exposure records of one actual arm (TRT01A).</summary>
public sealed record ArmExposureCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty arm.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or more subjects than administrations.</exception>
    public ArmExposureCount(string arm, int administrations, int subjects)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arm);
        ArgumentOutOfRangeException.ThrowIfNegative(administrations);
        if (subjects < 0 || subjects > administrations) throw new ArgumentOutOfRangeException(nameof(subjects), subjects, "Must lie between 0 and the administration count.");
        (Arm, Administrations, Subjects) = (arm, administrations, subjects);
    }

    /// <summary>Actual arm.</summary>
    public string Arm { get; }
    /// <summary>Administrations (adex rows).</summary>
    public int Administrations { get; }
    /// <summary>Distinct subjects with at least one administration.</summary>
    public int Subjects { get; }
}
