namespace AsAnalysis.Data;

/// <summary>Subjects of one planned arm (TRT01P) by population.</summary>
public sealed record ArmPopulationCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty arm.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, or a population larger than the randomized count.</exception>
    public ArmPopulationCount(string arm, int randomized, int itt, int safety, int perProtocol, int discontinued)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arm);
        ArgumentOutOfRangeException.ThrowIfNegative(randomized);
        foreach (var (value, name) in new[] { (itt, nameof(itt)), (safety, nameof(safety)), (perProtocol, nameof(perProtocol)), (discontinued, nameof(discontinued)) })
            if (value < 0 || value > randomized) throw new ArgumentOutOfRangeException(name, value, "Must lie between 0 and the randomized count.");
        (Arm, Randomized, Itt, Safety, PerProtocol, Discontinued) = (arm, randomized, itt, safety, perProtocol, discontinued);
    }

    /// <summary>Planned arm.</summary>
    public string Arm { get; }
    /// <summary>Randomized subjects (adsl rows).</summary>
    public int Randomized { get; }
    /// <summary>ITTFL = Y.</summary>
    public int Itt { get; }
    /// <summary>SAFFL = Y.</summary>
    public int Safety { get; }
    /// <summary>PPROTFL = Y.</summary>
    public int PerProtocol { get; }
    /// <summary>EOSSTT = DISCONTINUED.</summary>
    public int Discontinued { get; }
}
