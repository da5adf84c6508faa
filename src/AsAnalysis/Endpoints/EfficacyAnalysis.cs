using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>The efficacy analysis of a trial: one call computes every table of issue 4 (see <see cref="Run"/>).</summary>
public static class EfficacyAnalysis
{
    /// <summary>
    /// Runs the efficacy analyses on the ITT population (ITTFL = Y) by planned arm (TRT01P):
    /// derives every endpoint per subject and visit; binary endpoints per arm at every post-baseline visit under each
    /// missing-data handling (response over time), with between-arm comparisons (each other arm versus the control)
    /// at <see cref="EfficacyOptions.AnalysisWeeks"/>; and change from baseline of the continuous endpoints per arm and
    /// visit with ANCOVA.
    /// </summary>
    /// <param name="data">The trial data.</param>
    /// <param name="options">Analysis options; the control arm is required.</param>
    /// <returns>All results; <see cref="EfficacyResults.ToArdRows"/> flattens them to ard.csv rows.</returns>
    /// <exception cref="ArgumentException">The control arm has no ITT subject, or the stratified analysis is requested and a compared ITT subject has no STRAT1.</exception>
    public static EfficacyResults Run(TrialData data, EfficacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var itt = data.Subjects.Where(s => s.Itt).ToArray();
        var armNames = itt.Select(s => s.PlannedArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (!armNames.Contains(options.ControlArm, StringComparer.Ordinal))
            throw new ArgumentException(
                $"The control arm '{options.ControlArm}' has no ITT subject; ITT arms are: {string.Join(", ", armNames.Select(a => $"'{a}'"))}.", nameof(options));
        var treatmentArms = armNames.Where(a => a != options.ControlArm).ToArray();
        var arms = treatmentArms.Append(options.ControlArm).ToArray();
        if (options.Stratified)
        {
            var missing = itt.Where(s => string.IsNullOrWhiteSpace(s.Stratum)).Select(s => s.UsubjId).ToArray();
            if (missing.Length > 0)
                throw new ArgumentException(
                    $"The stratified analysis needs STRAT1 for every ITT subject; missing for {missing.Length}: {string.Join(", ", missing.Take(10))}{(missing.Length > 10 ? ", ..." : "")}.", nameof(options));
        }

        var endpoints = EndpointDerivation.DeriveSubjectVisits(data, options.Endpoints);
        var subjectsByArm = arms.ToDictionary(a => a, a => itt.Where(s => s.PlannedArm == a).ToArray(), StringComparer.Ordinal);
        var population = arms.Select(a =>
        {
            var subjects = subjectsByArm[a];
            return new ArmPopulation(a, subjects.Length,
                subjects.Count(s => endpoints.ForSubject(s.UsubjId).Any(v => v.VisitWeek == 0m)),
                subjects.Count(s => endpoints.ForSubject(s.UsubjId).Any(v => v.IsPostBaseline)));
        }).ToArray();

        var weeks = itt.SelectMany(s => endpoints.ForSubject(s.UsubjId)).Where(v => v.IsPostBaseline).Select(v => v.VisitWeek)
            .Concat(options.AnalysisWeeks).Distinct().Order().ToArray();
        double level = options.ConfidenceLevel;

        // Every count is taken in one pass over each arm's subjects (all endpoints, visits and handlings of a subject
        // together, while its records are in cache), in parallel chunks of subjects; the counts add up exactly.
        var combos = (from imputation in options.Imputations
                      from endpoint in options.ResponderEndpoints
                      from week in weeks
                      select (Imputation: imputation, Endpoint: endpoint, Week: week)).ToArray();
        var comboWeek = combos.Select(c => Array.IndexOf(weeks, c.Week)).ToArray();
        var tallies = arms.Select(arm =>
        {
            var subjects = subjectsByArm[arm];
            var parts = SubjectChunks.Run(subjects.Length, () => new CountingPart<ResponseTally>(combos.Length, weeks.Length), (part, i) =>
            {
                var subject = subjects[i];
                var visits = endpoints.ForSubject(subject.UsubjId);
                part.FindVisits(subject, visits, weeks);
                for (var k = 0; k < combos.Length; k++)
                {
                    var w = comboWeek[k];
                    var d = BinaryEfficacy.Decide(visits, part.AtVisit[w], part.MissingReason[w], combos[k].Endpoint, combos[k].Week, combos[k].Imputation);
                    part.Tallies[k].Add(d.Handling, d.Responder, d.Observed.Reason);
                }
            });
            var total = combos.Select(_ => new ResponseTally()).ToArray();
            foreach (var part in parts)
                for (var k = 0; k < combos.Length; k++) total[k].Add(part.Tallies[k]);
            return total;
        }).ToArray();

        var responses = new List<ArmResponse>();
        var comparisons = new List<ArmComparison>();
        var combo = 0;
        foreach (var imputation in options.Imputations)
            foreach (var endpoint in options.ResponderEndpoints)
                foreach (var week in weeks)
                {
                    var byArm = new Dictionary<string, ArmResponse>(StringComparer.Ordinal);
                    for (var a = 0; a < arms.Length; a++)
                    {
                        var arm = arms[a];
                        var subjects = new SubjectResponses(subjectsByArm[arm], endpoints, endpoint, week, imputation);
                        var r = new ArmResponse(endpoint, week, imputation, arm, subjects, tallies[a][combo], level);
                        byArm[arm] = r;
                        responses.Add(r);
                    }
                    combo++;
                    if (options.AnalysisWeeks.Contains(week))
                        foreach (var t in treatmentArms)
                            comparisons.Add(BinaryEfficacy.Compare(byArm[t], byArm[options.ControlArm], options.Stratified, level));
                }

        // Continuous endpoints: the same one pass per arm, collecting each endpoint and visit's values in subject order.
        var continuousCombos = (from endpoint in options.ContinuousEndpoints
                                from week in weeks
                                select (Endpoint: endpoint, Week: week)).ToArray();
        var continuousWeek = continuousCombos.Select(c => Array.IndexOf(weeks, c.Week)).ToArray();
        var collected = arms.Select(arm =>
        {
            var subjects = subjectsByArm[arm];
            var parts = SubjectChunks.Run(subjects.Length, () => new CountingPart<ContinuousPart>(continuousCombos.Length, weeks.Length), (part, i) =>
            {
                var subject = subjects[i];
                var visits = endpoints.ForSubject(subject.UsubjId);
                part.FindVisits(subject, visits, weeks);
                for (var k = 0; k < continuousCombos.Length; k++)
                {
                    var endpoint = continuousCombos[k].Endpoint;
                    var w = continuousWeek[k];
                    var visit = part.AtVisit[w];
                    if (visit?.Change(endpoint) is { } change)
                        part.Tallies[k].Rows.Add((change, visit.Baseline!.Value(endpoint)!.Value, visit.Components.Value(endpoint)!.Value));
                    var reason = ContinuousMissingReason(visit, part.MissingReason[w], endpoint);
                    if (reason != NotEvaluableReason.None) part.Tallies[k].Reasons[(int)reason]++;
                }
            });
            var total = continuousCombos.Select(_ => new ContinuousPart()).ToArray();
            foreach (var part in parts)
                for (var k = 0; k < continuousCombos.Length; k++) total[k].Add(part.Tallies[k]);
            return total;
        }).ToArray();

        var continuous = new List<ContinuousArmSummary>();
        var ancova = new List<ContinuousComparison>();
        var continuousCombo = 0;
        foreach (var endpoint in options.ContinuousEndpoints)
            foreach (var week in weeks)
            {
                var pairs = new Dictionary<string, (double[] Change, double[] Baseline)>(StringComparer.Ordinal);
                for (var a = 0; a < arms.Length; a++)
                {
                    var arm = arms[a];
                    var part = collected[a][continuousCombo];
                    var rows = part.Rows;
                    var change = rows.Select(r => r.Change).ToArray();
                    var baseline = rows.Select(r => r.Baseline).ToArray();
                    pairs[arm] = (change, baseline);
                    continuous.Add(new ContinuousArmSummary(endpoint, week, arm, subjectsByArm[arm].Length,
                        Descriptive.Summarize(change, options.Quantiles),
                        Descriptive.Summarize(baseline, options.Quantiles),
                        Descriptive.Summarize(rows.Select(r => r.Value), options.Quantiles),
                        ResponseTally.Reasons(part.Reasons)));
                }
                continuousCombo++;
                foreach (var t in treatmentArms)
                    {
                        var (tc, tb) = pairs[t];
                        var (cc, cb) = pairs[options.ControlArm];
                        ancova.Add(new ContinuousComparison(endpoint, week, t, options.ControlArm, Ancova.ChangeFromBaseline(tc, tb, cc, cb, level)));
                    }
            }

        return new EfficacyResults(options, endpoints, Array.AsReadOnly(arms), Array.AsReadOnly(population),
            data.Subjects.Count - itt.Length, Array.AsReadOnly(weeks),
            responses.AsReadOnly(), comparisons.AsReadOnly(), continuous.AsReadOnly(), ancova.AsReadOnly());
    }

    /// <summary>One continuous endpoint and visit of part of an arm: the subjects' values in order and the reasons others are left out.</summary>
    private sealed class ContinuousPart
    {
        public readonly List<(double Change, double Baseline, double Value)> Rows = [];
        public readonly int[] Reasons = ResponseTally.NewReasonCounts();

        public void Add(ContinuousPart other)
        {
            Rows.AddRange(other.Rows);
            for (var r = 0; r < Reasons.Length; r++) Reasons[r] += other.Reasons[r];
        }
    }

    /// <summary>
    /// A chunk's counts (one per combination) and, for the subject at hand, its record at each analysed visit and the
    /// reason when there is none: found once per subject and visit, used by every endpoint and handling.
    /// </summary>
    private sealed class CountingPart<T> where T : new()
    {
        public readonly T[] Tallies;
        public readonly SubjectVisitEndpoints?[] AtVisit;
        public readonly NotEvaluableReason[] MissingReason;

        public CountingPart(int combinations, int weeks)
        {
            Tallies = new T[combinations];
            for (var k = 0; k < combinations; k++) Tallies[k] = new T();
            AtVisit = new SubjectVisitEndpoints?[weeks];
            MissingReason = new NotEvaluableReason[weeks];
        }

        public void FindVisits(Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, decimal[] weeks)
        {
            for (var w = 0; w < weeks.Length; w++)
            {
                AtVisit[w] = BinaryEfficacy.AtVisit(visits, weeks[w]);
                MissingReason[w] = AtVisit[w] is null ? BinaryEfficacy.MissingVisitReason(subject, visits, weeks[w]) : NotEvaluableReason.None;
            }
        }
    }

    private static NotEvaluableReason ContinuousMissingReason(SubjectVisitEndpoints? visit, NotEvaluableReason missingVisitReason, ContinuousEndpoint endpoint)
    {
        if (visit is null) return missingVisitReason;
        if (visit.Baseline is null) return NotEvaluableReason.NoBaseline;
        if (visit.Baseline.Value(endpoint) is null) return NotEvaluableReason.MissingBaselineComponent;
        if (visit.Components.Value(endpoint) is null) return NotEvaluableReason.MissingComponent;
        return NotEvaluableReason.None;
    }
}
