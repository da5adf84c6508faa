using AsAnalysis.Endpoints;

namespace AsAnalysis.Plots;

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
