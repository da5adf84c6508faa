namespace AsAnalysis.Statistics;

/// <summary>A two-sided confidence interval.</summary>
public sealed record ConfidenceInterval
{
    /// <summary>Creates an interval; <paramref name="lower"/> may equal <paramref name="upper"/>; NaN bounds are allowed only together (undefined interval).</summary>
    /// <param name="lower">Lower limit.</param>
    /// <param name="upper">Upper limit.</param>
    /// <param name="level">Confidence level in (0, 1), e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1) or lower above upper.</exception>
    public ConfidenceInterval(double lower, double upper, double level)
    {
        ValidateLevel(level);
        if (lower > upper) throw new ArgumentOutOfRangeException(nameof(lower), lower, $"Lower limit is above the upper limit {upper}.");
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Lower limit.</summary>
    public double Lower { get; }
    /// <summary>Upper limit.</summary>
    public double Upper { get; }
    /// <summary>Confidence level in (0, 1).</summary>
    public double Level { get; }

    /// <summary>An undefined interval (both limits NaN) at the given level.</summary>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval Undefined(double level) => new(double.NaN, double.NaN, level);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; level &lt; 1.</summary>
    /// <param name="level">Confidence level.</param>
    /// <param name="paramName">Parameter name to report.</param>
    public static void ValidateLevel(double level, string paramName = "level")
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(paramName, level, "The confidence level must lie strictly between 0 and 1.");
    }
}

/// <summary>
/// A 2x2 table of a binary outcome by arm, always oriented Treatment versus Control:
/// differences are Treatment minus Control, ratios Treatment over Control.
/// </summary>
public sealed record TwoByTwoTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="treatmentEvents">Events (responders) in the treatment arm.</param>
    /// <param name="treatmentTotal">Subjects in the treatment arm.</param>
    /// <param name="controlEvents">Events (responders) in the control arm.</param>
    /// <param name="controlTotal">Subjects in the control arm.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or events above the total.</exception>
    public TwoByTwoTable(int treatmentEvents, int treatmentTotal, int controlEvents, int controlTotal)
    {
        Check(treatmentEvents, treatmentTotal, nameof(treatmentEvents), nameof(treatmentTotal));
        Check(controlEvents, controlTotal, nameof(controlEvents), nameof(controlTotal));
        TreatmentEvents = treatmentEvents;
        TreatmentTotal = treatmentTotal;
        ControlEvents = controlEvents;
        ControlTotal = controlTotal;
    }

    private static void Check(int x, int n, string xName, string nName)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nName, n, "A total cannot be negative.");
        if (x < 0 || x > n) throw new ArgumentOutOfRangeException(xName, x, $"Events must lie in 0..{n}.");
    }

    /// <summary>Events in the treatment arm.</summary>
    public int TreatmentEvents { get; }
    /// <summary>Subjects in the treatment arm.</summary>
    public int TreatmentTotal { get; }
    /// <summary>Events in the control arm.</summary>
    public int ControlEvents { get; }
    /// <summary>Subjects in the control arm.</summary>
    public int ControlTotal { get; }
    /// <summary>Non-events in the treatment arm.</summary>
    public int TreatmentNonEvents => TreatmentTotal - TreatmentEvents;
    /// <summary>Non-events in the control arm.</summary>
    public int ControlNonEvents => ControlTotal - ControlEvents;
    /// <summary>Grand total.</summary>
    public int Total => TreatmentTotal + ControlTotal;
    /// <summary>Treatment proportion (NaN when the arm is empty).</summary>
    public double TreatmentProportion => TreatmentTotal == 0 ? double.NaN : (double)TreatmentEvents / TreatmentTotal;
    /// <summary>Control proportion (NaN when the arm is empty).</summary>
    public double ControlProportion => ControlTotal == 0 ? double.NaN : (double)ControlEvents / ControlTotal;
}

/// <summary>The result of a hypothesis test.</summary>
/// <param name="Method">The test performed.</param>
/// <param name="Statistic">Test statistic (NaN when the test has none or it is undefined).</param>
/// <param name="PValue">Two-sided p-value unless stated otherwise (NaN when undefined).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom where the reference distribution has them, else NaN.</param>
public sealed record TestResult(TestMethod Method, double Statistic, double PValue, double DegreesOfFreedom = double.NaN)
{
    /// <summary>Canonical method name as used in ard.csv (e.g. <c>fisher</c>).</summary>
    public string MethodName => Method.CanonicalName();
}
