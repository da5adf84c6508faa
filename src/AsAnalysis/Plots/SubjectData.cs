using AsAnalysis.Endpoints;

namespace AsAnalysis.Plots;

/// <summary>One subject's value, e.g. a bar of a waterfall plot.</summary>
/// <param name="SubjectId">USUBJID.</param>
/// <param name="Arm">The subject's arm.</param>
/// <param name="Value">The value (finite).</param>
public sealed record SubjectValue(string SubjectId, string Arm, double Value)
{
    /// <summary>USUBJID (non-empty).</summary>
    public string SubjectId { get; } = !string.IsNullOrEmpty(SubjectId) ? SubjectId : throw new ArgumentException("The subject id cannot be empty.", nameof(SubjectId));
    /// <summary>The arm (non-empty).</summary>
    public string Arm { get; } = !string.IsNullOrEmpty(Arm) ? Arm : throw new ArgumentException("The arm cannot be empty.", nameof(Arm));
    /// <summary>The value (finite).</summary>
    public double Value { get; } = double.IsFinite(Value) ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "The value must be finite.");
}

/// <summary>A value at a visit.</summary>
/// <param name="Week">The visit (AVISITN, weeks; 0 = baseline).</param>
/// <param name="Value">The value (finite).</param>
public sealed record VisitValue(decimal Week, double Value)
{
    /// <summary>The value (finite).</summary>
    public double Value { get; } = double.IsFinite(Value) ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "The value must be finite.");
}

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

/// <summary>
/// Per-subject values for subject-level figures, read from the per subject-visit derivations of
/// <see cref="EfficacyResults.Endpoints"/> (derived data, not statistics). Subjects are the ITT subjects of the results
/// (as listed in <see cref="ArmResponse.Subjects"/>) with their planned arm.
/// </summary>
public static class SubjectData
{
    /// <summary>
    /// Percent change from baseline of a continuous endpoint at a visit, per ITT subject:
    /// the derived percent change (<see cref="SubjectVisitEndpoints.PercentChange"/>). Subjects without a
    /// value at the visit or at baseline, or with a baseline of 0 (percent change undefined), are left out. Order: arm
    /// order of the results, then subject id.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoint">The endpoint (e.g. BASDAI).</param>
    /// <param name="week">The visit.</param>
    /// <exception cref="ArgumentException">Results without responder analyses (the ITT subject list comes from them).</exception>
    public static IReadOnlyList<SubjectValue> PercentChange(EfficacyResults results, ContinuousEndpoint endpoint, decimal week)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = new List<SubjectValue>();
        foreach (var (id, arm) in IttSubjects(results))
        {
            var visit = results.Endpoints.Find(id, week);
            if (visit?.PercentChange(endpoint) is not { } percent) continue;
            list.Add(new SubjectValue(id, arm, percent));
        }
        return list;
    }

    /// <summary>
    /// The values of a continuous endpoint over all visits (baseline included), per ITT subject; visits without a
    /// value are skipped, subjects without any value left out. Order: arm order of the results, then subject id.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoint">The endpoint (e.g. ASDAS-CRP).</param>
    /// <exception cref="ArgumentException">Results without responder analyses (the ITT subject list comes from them).</exception>
    public static IReadOnlyList<SubjectTrajectory> Trajectories(EfficacyResults results, ContinuousEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = new List<SubjectTrajectory>();
        foreach (var (id, arm) in IttSubjects(results))
        {
            var points = results.Endpoints.ForSubject(id)
                .Where(v => v.Components.Value(endpoint) is not null)
                .OrderBy(v => v.VisitWeek)
                .Select(v => new VisitValue(v.VisitWeek, v.Components.Value(endpoint)!.Value))
                .ToList();
            if (points.Count > 0) list.Add(new SubjectTrajectory(id, arm, points));
        }
        return list;
    }

    private static IEnumerable<(string Id, string Arm)> IttSubjects(EfficacyResults results)
    {
        if (results.Responses.Count == 0)
            throw new ArgumentException("The results hold no responder analysis, which lists the ITT subjects.", nameof(results));
        foreach (var arm in results.Arms)
        {
            var response = results.Responses.FirstOrDefault(r => r.Arm == arm);
            if (response is null) continue;
            foreach (var s in response.Subjects.OrderBy(s => s.UsubjId, StringComparer.Ordinal)) yield return (s.UsubjId, arm);
        }
    }
}
