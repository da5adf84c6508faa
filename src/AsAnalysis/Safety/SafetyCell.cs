namespace AsAnalysis.Safety;

/// <summary>One cell of a safety table: subjects (counted once) and events in one arm.</summary>
public sealed record SafetyCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="n">Denominator: subjects in the arm's safety population.</param>
    /// <param name="subjects">Subjects counted in the row (each once).</param>
    /// <param name="events">Events (TEAE records) counted in the row.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or subjects above N.</exception>
    public SafetyCell(string arm, int n, int subjects, int events)
    {
        ArgumentNullException.ThrowIfNull(arm);
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "N cannot be negative.");
        if (subjects < 0 || subjects > n) throw new ArgumentOutOfRangeException(nameof(subjects), subjects, $"Subjects must lie in 0..{n}.");
        if (events < 0) throw new ArgumentOutOfRangeException(nameof(events), events, "Events cannot be negative.");
        Arm = arm;
        N = n;
        Subjects = subjects;
        Events = events;
    }

    /// <summary>The arm.</summary>
    public string Arm { get; }
    /// <summary>Denominator: subjects in the arm's safety population.</summary>
    public int N { get; }
    /// <summary>Subjects counted in the row (n).</summary>
    public int Subjects { get; }
    /// <summary>Events counted in the row (never the numerator of a percentage).</summary>
    public int Events { get; }
    /// <summary>Subjects / N as a proportion in [0, 1] (NaN when N = 0).</summary>
    public double Proportion => N == 0 ? double.NaN : (double)Subjects / N;
}
