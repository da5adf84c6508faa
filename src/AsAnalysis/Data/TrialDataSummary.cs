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

/// <summary>Efficacy records at one visit (AVISITN).</summary>
public sealed record VisitCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or more missing values than records.</exception>
    public VisitCount(decimal visitWeek, string label, int records, int missingValues, int subjects)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        ArgumentOutOfRangeException.ThrowIfNegative(subjects);
        if (missingValues < 0 || missingValues > records) throw new ArgumentOutOfRangeException(nameof(missingValues), missingValues, "Must lie between 0 and the record count.");
        (VisitWeek, Label, Records, MissingValues, Subjects) = (visitWeek, label, records, missingValues, subjects);
    }

    /// <summary>Visit in weeks (AVISITN).</summary>
    public decimal VisitWeek { get; }
    /// <summary>Most frequent AVISIT label of the visit, or <c>Baseline</c> / <c>Week N</c> when none was exported.</summary>
    public string Label { get; }
    /// <summary>Records (subject x parameter) at the visit.</summary>
    public int Records { get; }
    /// <summary>Records with an empty AVAL.</summary>
    public int MissingValues { get; }
    /// <summary>Distinct subjects with at least one record at the visit.</summary>
    public int Subjects { get; }
}

/// <summary>Efficacy records of one parameter (PARAMCD).</summary>
public sealed record ParameterCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or more missing values than records.</exception>
    public ParameterCount(string paramCd, bool known, int records, int missingValues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paramCd);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        if (missingValues < 0 || missingValues > records) throw new ArgumentOutOfRangeException(nameof(missingValues), missingValues, "Must lie between 0 and the record count.");
        (ParamCd, Known, Records, MissingValues) = (paramCd, known, records, missingValues);
    }

    /// <summary>Parameter code.</summary>
    public string ParamCd { get; }
    /// <summary>Whether the analyses use the code (see <see cref="ParamCodes.All"/>); other codes are kept but not analysed.</summary>
    public bool Known { get; }
    /// <summary>Records.</summary>
    public int Records { get; }
    /// <summary>Records with an empty AVAL.</summary>
    public int MissingValues { get; }
}

/// <summary>Adverse-event records of one actual arm (TRT01A).</summary>
public sealed record ArmEventCount
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentException">Empty arm.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or a part larger than the record count.</exception>
    public ArmEventCount(string arm, int records, int subjects, int serious, int flaggedNotEmergent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arm);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        foreach (var (value, name) in new[] { (subjects, nameof(subjects)), (serious, nameof(serious)), (flaggedNotEmergent, nameof(flaggedNotEmergent)) })
            if (value < 0 || value > records) throw new ArgumentOutOfRangeException(name, value, "Must lie between 0 and the record count.");
        (Arm, Records, Subjects, Serious, FlaggedNotEmergent) = (arm, records, subjects, serious, flaggedNotEmergent);
    }

    /// <summary>Actual arm of the subjects.</summary>
    public string Arm { get; }
    /// <summary>AE records.</summary>
    public int Records { get; }
    /// <summary>Distinct subjects with at least one record.</summary>
    public int Subjects { get; }
    /// <summary>Records with AESER = Y.</summary>
    public int Serious { get; }
    /// <summary>Records exported with TRTEMFL = N (e.g. started before treatment).</summary>
    public int FlaggedNotEmergent { get; }
}

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

/// <summary>Counts of one visit's efficacy records while summarizing.</summary>
internal sealed class VisitTally
{
    public int Records;
    public int Missing;
    public readonly HashSet<int> Subjects = [];
    public readonly Dictionary<string, int> Labels = new(StringComparer.Ordinal);
    private int _lastSubject = -1;

    public void Add(int subject, bool hasValue, string? label)
    {
        Records++;
        if (!hasValue) Missing++;
        if (subject != _lastSubject) // consecutive records of a subject: counted once without hashing
        {
            Subjects.Add(subject);
            _lastSubject = subject;
        }
        if (label is not null) Labels[label] = Labels.GetValueOrDefault(label) + 1;
    }

    /// <summary>Adds the counts of the same visit written another way (e.g. 12.0 besides 12).</summary>
    public void Add(VisitTally other)
    {
        Records += other.Records;
        Missing += other.Missing;
        Subjects.UnionWith(other.Subjects);
        foreach (var (label, n) in other.Labels) Labels[label] = Labels.GetValueOrDefault(label) + n;
        _lastSubject = -1;
    }
}

/// <summary>What an export holds: subjects per arm and population, efficacy records per visit and parameter, AEs and exposure per arm.</summary>
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

        // One pass over the efficacy records (16 million in a large pooled export) for visits and parameters.
        // Tallies per stored visit and parameter index (no record objects), merged below by decimal value (12 = 12.0).
        var store = data.Store;
        var visitTallies = new VisitTally?[store.Visits.Count];
        var paramTallies = new (int Records, int Missing)[store.Params.Count];
        for (var i = 0; i < store.Count; i++)
        {
            ref readonly var row = ref store[i];
            (visitTallies[row.Visit] ??= new VisitTally()).Add(row.Subject, row.HasValue, store.LabelOf(row));
            paramTallies[row.Param].Records++;
            if (!row.HasValue) paramTallies[row.Param].Missing++;
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
            var label = v.Labels.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key).FirstOrDefault()
                ?? (week == 0 ? "Baseline" : "Week " + week.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        return new TrialDataSummary(arms, visits, parameters, events, exposure, data.SourceFiles);
    }
}
