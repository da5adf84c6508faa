namespace AsAnalysis.Data;

/// <summary>
/// What an export holds: subjects per arm and population, efficacy records per visit and parameter (and those outside
/// the full analysis set), AEs and exposure per arm, the tables and files read.
/// </summary>
/// <param name="Arms">Per planned arm, ordinal order.</param>
/// <param name="Visits">Per visit, ascending.</param>
/// <param name="Parameters">Per parameter: known codes in <see cref="ParamCodes.All"/> order, then other codes in ordinal order.</param>
/// <param name="AdverseEvents">Per actual arm, ordinal order (arms without events included).</param>
/// <param name="Exposure">Per actual arm, ordinal order (arms without administrations included).</param>
/// <param name="SourceFiles">The files read.</param>
public sealed record TrialDataSummary(
    IReadOnlyList<ArmPopulationCount> Arms,
    IReadOnlyList<VisitCount> Visits,
    IReadOnlyList<ParameterCount> Parameters,
    IReadOnlyList<ArmEventCount> AdverseEvents,
    IReadOnlyList<ArmExposureCount> Exposure,
    IReadOnlyList<SourceFile> SourceFiles)
{
    /// <summary>
    /// The tables the data were built from (<see cref="TrialData.SuppliedTables"/>); <see cref="TrialTables.None"/> for a
    /// summary made without it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A flag that is not a member.</exception>
    public TrialTables SuppliedTables
    {
        get;
        init => field = value.IsSetOfMembers()
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SuppliedTables), value, "Not a set of TrialTables members.");
    }

    /// <summary>
    /// Efficacy records of subjects outside the full analysis set (ITTFL not Y), which the efficacy analysis does not
    /// use; 0 for a summary made without it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public int AssessmentsOutsideItt
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(AssessmentsOutsideItt), value, "Must not be negative.");
    }

    /// <summary>Builds the summary of a data set.</summary>
    /// <param name="data">The data.</param>
    public static TrialDataSummary Of(TrialData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var arms = data.PlannedArms.Select(arm =>
        {
            var s = data.Subjects.Where(x => x.PlannedArm == arm).ToArray();
            return new ArmPopulationCount(arm, s.Length, s.Count(x => x.Itt), s.Count(x => x.Safety), s.Count(x => x.PerProtocol == true),
                s.Count(x => string.Equals(x.EndOfStudyStatus, "DISCONTINUED", StringComparison.OrdinalIgnoreCase)));
        }).ToArray();

        // One pass over the stored efficacy rows (no record objects) for visits, parameters and records outside the full
        // analysis set: tallies per stored visit and parameter index, merged below by decimal value (12 = 12.0).
        var store = data.Store;
        var visitTallies = new VisitTally?[store.Visits.Count];
        var paramTallies = new (int Records, int Missing)[store.Params.Count];
        var itt = data.Subjects.Select(s => s.Itt).ToArray();
        var outsideItt = 0;
        for (var i = 0; i < store.Count; i++)
        {
            ref readonly var row = ref store[i];
            (visitTallies[row.Visit] ??= new VisitTally()).Add(row.Subject, row.HasValue, row.Label);
            paramTallies[row.Param].Records++;
            if (!row.HasValue) paramTallies[row.Param].Missing++;
            if (!itt[row.Subject]) outsideItt++;
        }
        var byVisit = new Dictionary<decimal, VisitTally>();
        for (var v = 0; v < visitTallies.Length; v++)
        {
            if (visitTallies[v] is not { } tally) continue;
            if (byVisit.TryGetValue(store.Visits[v], out var merged)) merged.Add(tally);
            else byVisit.Add(store.Visits[v], tally);
        }
        var byParam = new Dictionary<string, (int Records, int Missing)>(StringComparer.Ordinal);
        for (var k = 0; k < paramTallies.Length; k++) byParam[store.Params[k]] = paramTallies[k];
        var visits = byVisit.OrderBy(kv => kv.Key).Select(kv =>
        {
            var (week, v) = (kv.Key, kv.Value);
            // The most frequent label (ties: ordinal order), or a made-up one when the visit has none.
            var label = v.Labels.Select(l => (Text: store.LabelAt(l.Key), Count: l.Value))
                .OrderByDescending(l => l.Count).ThenBy(l => l.Text, StringComparer.Ordinal).Select(l => l.Text).FirstOrDefault()
                ?? VisitLabels.Default(week);
            return new VisitCount(week, label, v.Records, v.Missing, v.Subjects.Count);
        }).ToArray();

        var parameters = ParamCodes.All.Where(byParam.ContainsKey)
            .Concat(byParam.Keys.Where(k => !ParamCodes.All.Contains(k)).Order(StringComparer.Ordinal))
            .Select(k => new ParameterCount(k, ParamCodes.All.Contains(k), byParam[k].Records, byParam[k].Missing))
            .ToArray();

        var armOf = data.Subjects.ToDictionary(s => s.UsubjId, s => s.ActualArm, StringComparer.Ordinal);
        var eventTallies = data.ActualArms.ToDictionary(a => a, _ => (Records: 0, Serious: 0, NotEmergent: 0, Subjects: new HashSet<string>(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var e in data.AdverseEvents)
        {
            var arm = armOf[e.UsubjId];
            var t = eventTallies[arm];
            t.Subjects.Add(e.UsubjId);
            eventTallies[arm] = (t.Records + 1, t.Serious + (e.Serious == true ? 1 : 0), t.NotEmergent + (e.TreatmentEmergentFlag == false ? 1 : 0), t.Subjects);
        }
        var events = data.ActualArms.Select(arm =>
        {
            var t = eventTallies[arm];
            return new ArmEventCount(arm, t.Records, t.Subjects.Count, t.Serious, t.NotEmergent);
        }).ToArray();
        var exposureTallies = data.ActualArms.ToDictionary(a => a, _ => (Records: 0, Subjects: new HashSet<string>(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var x in data.Exposures)
        {
            var arm = armOf[x.UsubjId];
            var t = exposureTallies[arm];
            t.Subjects.Add(x.UsubjId);
            exposureTallies[arm] = (t.Records + 1, t.Subjects);
        }
        var exposure = data.ActualArms.Select(arm => new ArmExposureCount(arm, exposureTallies[arm].Records, exposureTallies[arm].Subjects.Count)).ToArray();
        return new TrialDataSummary(arms, visits, parameters, events, exposure, data.SourceFiles) { SuppliedTables = data.SuppliedTables, AssessmentsOutsideItt = outsideItt };
    }
}
