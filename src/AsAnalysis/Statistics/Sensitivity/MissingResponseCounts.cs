namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>
/// One arm of a responder analysis with missing responses: responders among the evaluable subjects, and the subjects
/// whose response is missing. The arm's full (e.g. ITT) size is <see cref="Total"/> = evaluable + missing.
/// </summary>
public sealed record MissingResponseCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="responders">Responders among the evaluable subjects, 0..<paramref name="evaluable"/>.</param>
    /// <param name="evaluable">Subjects with an observed response, at least 0.</param>
    /// <param name="missing">Subjects whose response is missing, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, responders above the evaluable subjects, or a
    /// total above <see cref="int.MaxValue"/>.</exception>
    public MissingResponseCounts(int responders, int evaluable, int missing)
    {
        if (evaluable < 0) throw new ArgumentOutOfRangeException(nameof(evaluable), evaluable, "A count cannot be negative.");
        if (responders < 0 || responders > evaluable) throw new ArgumentOutOfRangeException(nameof(responders), responders, $"Responders must lie in 0..{evaluable}.");
        if (missing < 0) throw new ArgumentOutOfRangeException(nameof(missing), missing, "A count cannot be negative.");
        if ((long)evaluable + missing > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(missing), missing, "Evaluable plus missing subjects exceed Int32.MaxValue.");
        Responders = responders;
        Evaluable = evaluable;
        Missing = missing;
    }

    /// <summary>Responders among the evaluable subjects.</summary>
    public int Responders { get; }
    /// <summary>Subjects with an observed response.</summary>
    public int Evaluable { get; }
    /// <summary>Subjects whose response is missing.</summary>
    public int Missing { get; }
    /// <summary>All subjects of the arm: <see cref="Evaluable"/> + <see cref="Missing"/>.</summary>
    public int Total => Evaluable + Missing;
    /// <summary>Observed response rate, responders / evaluable (NaN when no subject is evaluable).</summary>
    public double ObservedRate => Evaluable == 0 ? double.NaN : (double)Responders / Evaluable;
}
