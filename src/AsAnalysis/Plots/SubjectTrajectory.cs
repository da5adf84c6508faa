namespace AsAnalysis.Plots;

/// <summary>One subject's values over the visits, e.g. a line of a spaghetti plot.</summary>
/// <param name="SubjectId">USUBJID.</param>
/// <param name="Arm">The subject's arm.</param>
/// <param name="Points">Values by visit, ascending weeks.</param>
public sealed record SubjectTrajectory(string SubjectId, string Arm, IReadOnlyList<VisitValue> Points)
{
    /// <summary>USUBJID (non-empty).</summary>
    public string SubjectId { get; } = !string.IsNullOrEmpty(SubjectId) ? SubjectId : throw new ArgumentException("The subject id cannot be empty.", nameof(SubjectId));
    /// <summary>The arm (non-empty).</summary>
    public string Arm { get; } = !string.IsNullOrEmpty(Arm) ? Arm : throw new ArgumentException("The arm cannot be empty.", nameof(Arm));
    /// <summary>Values by visit, strictly ascending weeks.</summary>
    public IReadOnlyList<VisitValue> Points { get; } = Ascending(Points);

    private static IReadOnlyList<VisitValue> Ascending(IReadOnlyList<VisitValue> points)
    {
        ArgumentNullException.ThrowIfNull(points, nameof(Points));
        for (int i = 1; i < points.Count; i++)
            if (points[i].Week <= points[i - 1].Week) throw new ArgumentException("Visits must be in strictly ascending weeks.", nameof(Points));
        return Array.AsReadOnly(points.ToArray());
    }
}
