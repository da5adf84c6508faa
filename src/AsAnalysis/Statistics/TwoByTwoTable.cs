namespace AsAnalysis.Statistics;

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
