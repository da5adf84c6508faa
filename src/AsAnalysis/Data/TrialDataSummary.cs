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

        var visits = data.Assessments.GroupBy(a => a.VisitWeek).OrderBy(g => g.Key).Select(g =>
        {
            var label = g.Where(a => a.VisitLabel is not null).GroupBy(a => a.VisitLabel!, StringComparer.Ordinal)
                .OrderByDescending(l => l.Count()).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key).FirstOrDefault()
                ?? (g.Key == 0 ? "Baseline" : "Week " + g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new VisitCount(g.Key, label, g.Count(), g.Count(a => a.Value is null), g.Select(a => a.UsubjId).Distinct(StringComparer.Ordinal).Count());
        }).ToArray();

        var byParam = data.Assessments.GroupBy(a => a.ParamCd, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var parameters = ParamCodes.All.Where(byParam.ContainsKey)
            .Concat(byParam.Keys.Where(k => !ParamCodes.All.Contains(k)).Order(StringComparer.Ordinal))
            .Select(k => new ParameterCount(k, ParamCodes.All.Contains(k), byParam[k].Length, byParam[k].Count(a => a.Value is null)))
            .ToArray();

        var armOf = data.Subjects.ToDictionary(s => s.UsubjId, s => s.ActualArm, StringComparer.Ordinal);
        var events = data.ActualArms.Select(arm =>
        {
            var e = data.AdverseEvents.Where(x => armOf[x.UsubjId] == arm).ToArray();
            return new ArmEventCount(arm, e.Length, e.Select(x => x.UsubjId).Distinct(StringComparer.Ordinal).Count(),
                e.Count(x => x.Serious == true), e.Count(x => x.TreatmentEmergentFlag == false));
        }).ToArray();
        var exposure = data.ActualArms.Select(arm =>
        {
            var x = data.Exposures.Where(r => armOf[r.UsubjId] == arm).ToArray();
            return new ArmExposureCount(arm, x.Length, x.Select(r => r.UsubjId).Distinct(StringComparer.Ordinal).Count());
        }).ToArray();
        return new TrialDataSummary(arms, visits, parameters, events, exposure, data.SourceFiles);
    }
}
