using AsAnalysis.Data;
using AsAnalysis.Results;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>ITT subjects of one arm.</summary>
/// <param name="Arm">Planned arm (TRT01P).</param>
/// <param name="IttSubjects">Subjects with ITTFL = Y.</param>
/// <param name="WithBaseline">Of those, subjects with a baseline visit (AVISITN 0) in the efficacy data.</param>
/// <param name="WithAnyPostBaselineVisit">Of those, subjects with at least one post-baseline visit.</param>
public sealed record ArmPopulation(string Arm, int IttSubjects, int WithBaseline, int WithAnyPostBaselineVisit);

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

/// <summary>
/// All efficacy results of one <see cref="EfficacyAnalysis.Run"/>: derivations, binary responses per arm and visit
/// (response over time), between-arm comparisons at the analysis visits, continuous change-from-baseline summaries and
/// ANCOVA. Immutable.
/// </summary>
public sealed record EfficacyResults
{
    internal EfficacyResults(EfficacyOptions options, EndpointDataset endpoints, IReadOnlyList<string> arms, IReadOnlyList<ArmPopulation> population,
        int notIttSubjects, IReadOnlyList<decimal> visitWeeks, IReadOnlyList<ArmResponse> responses, IReadOnlyList<ArmComparison> comparisons,
        IReadOnlyList<ContinuousArmSummary> continuous, IReadOnlyList<ContinuousComparison> continuousComparisons)
    {
        Options = options;
        Endpoints = endpoints;
        Arms = arms;
        Population = population;
        NotIttSubjects = notIttSubjects;
        VisitWeeks = visitWeeks;
        Responses = responses;
        Comparisons = comparisons;
        Continuous = continuous;
        ContinuousComparisons = continuousComparisons;
    }

    /// <summary>The options used.</summary>
    public EfficacyOptions Options { get; }
    /// <summary>The per subject-visit derivations (all subjects with efficacy data, ITT or not).</summary>
    public EndpointDataset Endpoints { get; }
    /// <summary>Arms in output order: the treatment arms (ordinal order) then the control arm.</summary>
    public IReadOnlyList<string> Arms { get; }
    /// <summary>The control arm.</summary>
    public string ControlArm => Options.ControlArm;
    /// <summary>The treatment arms (every ITT arm other than the control), ordinal order.</summary>
    public IReadOnlyList<string> TreatmentArms => Arms.Take(Arms.Count - 1).ToArray();
    /// <summary>ITT subjects per arm (output order).</summary>
    public IReadOnlyList<ArmPopulation> Population { get; }
    /// <summary>Subjects not analysed because ITTFL is not Y.</summary>
    public int NotIttSubjects { get; }
    /// <summary>Post-baseline visits analysed (every post-baseline AVISITN of ITT subjects plus the analysis weeks), ascending.</summary>
    public IReadOnlyList<decimal> VisitWeeks { get; }
    /// <summary>Binary endpoint per imputation, endpoint, visit and arm (the response-over-time grid), in output order.</summary>
    public IReadOnlyList<ArmResponse> Responses { get; }
    /// <summary>Binary comparisons (each treatment arm versus control) per imputation, endpoint and analysis week, in output order.</summary>
    public IReadOnlyList<ArmComparison> Comparisons { get; }
    /// <summary>Continuous change-from-baseline summaries per endpoint, visit and arm.</summary>
    public IReadOnlyList<ContinuousArmSummary> Continuous { get; }
    /// <summary>ANCOVA per continuous endpoint, visit and treatment arm (versus control).</summary>
    public IReadOnlyList<ContinuousComparison> ContinuousComparisons { get; }

    /// <summary>The binary result of one arm at one visit.</summary>
    /// <param name="imputation">Missing-data handling.</param>
    /// <param name="endpoint">Endpoint.</param>
    /// <param name="visitWeek">Visit (AVISITN).</param>
    /// <param name="arm">Arm.</param>
    /// <exception cref="KeyNotFoundException">No such result (not requested, or an unknown arm or visit).</exception>
    public ArmResponse Response(Imputation imputation, ResponderEndpoint endpoint, decimal visitWeek, string arm) =>
        Responses.FirstOrDefault(r => r.Imputation == imputation && r.Endpoint == endpoint && r.VisitWeek == visitWeek && r.Arm == arm)
        ?? throw new KeyNotFoundException($"No {imputation.CanonicalName()} {endpoint.CanonicalName()} result for arm '{arm}' at {EndpointNames.VisitLabel(visitWeek)}.");

    /// <summary>The binary comparison of a treatment arm with the control at an analysis visit.</summary>
    /// <param name="imputation">Missing-data handling.</param>
    /// <param name="endpoint">Endpoint.</param>
    /// <param name="visitWeek">Analysis visit (AVISITN).</param>
    /// <param name="treatmentArm">Treatment arm.</param>
    /// <exception cref="KeyNotFoundException">No such comparison.</exception>
    public ArmComparison Comparison(Imputation imputation, ResponderEndpoint endpoint, decimal visitWeek, string treatmentArm) =>
        Comparisons.FirstOrDefault(c => c.Imputation == imputation && c.Endpoint == endpoint && c.VisitWeek == visitWeek && c.TreatmentArm == treatmentArm)
        ?? throw new KeyNotFoundException($"No {imputation.CanonicalName()} {endpoint.CanonicalName()} comparison for arm '{treatmentArm}' at {EndpointNames.VisitLabel(visitWeek)}.");

    /// <summary>The response over time of one arm (every analysed visit, ascending), e.g. for a plot.</summary>
    /// <param name="imputation">Missing-data handling.</param>
    /// <param name="endpoint">Endpoint.</param>
    /// <param name="arm">Arm.</param>
    public IReadOnlyList<ArmResponse> ResponseOverTime(Imputation imputation, ResponderEndpoint endpoint, string arm) =>
        Responses.Where(r => r.Imputation == imputation && r.Endpoint == endpoint && r.Arm == arm).OrderBy(r => r.VisitWeek).ToArray();

    /// <summary>
    /// Flattens every result to ard.csv rows (trial-export-format.md; extra statistics are documented in docs/endpoints.md).
    /// Order: binary analyses in <see cref="EfficacyOptions.Imputations"/> order, then <c>efficacy_continuous</c>;
    /// within each, endpoints in options order, visits ascending, arms in <see cref="Arms"/> order, then the
    /// comparisons (treatment arms in order). Between-arm rows have the arm label of
    /// <see cref="ArdAnalysis.DifferenceArmLabel"/> (<c>difference</c> with two arms, <c>difference:{treatment}</c> with more)
    /// and an empty term; with several comparisons the ANCOVA <c>lsmean</c> rows carry <c>{treatment} vs {control}</c> in term.
    /// </summary>
    public IReadOnlyList<ArdRow> ToArdRows()
    {
        var rows = new List<ArdRow>();
        bool single = Arms.Count <= 2;
        string Term(string treatment) => single ? "" : $"{treatment} vs {ControlArm}";
        var comparisonIndex = Comparisons.ToLookup(c => (c.Imputation, c.Endpoint, c.VisitWeek));
        foreach (var group in Responses.GroupBy(r => (r.Imputation, r.Endpoint, r.VisitWeek)))
        {
            string analysis = group.Key.Imputation.ArdAnalysisName(), endpoint = group.Key.Endpoint.CanonicalName();
            string visit = EndpointNames.VisitLabel(group.Key.VisitWeek);
            foreach (var r in group)
            {
                void Add(string stat, string method, double value, string term = "") => rows.Add(new ArdRow(analysis, endpoint, visit, r.Arm, term, stat, method, value));
                Add("N", "", r.N);
                Add("n", "", r.Responders);
                Add("rate", "", r.Rate);
                foreach (var p in new[] { r.Wilson, r.ClopperPearson })
                {
                    Add("ci_low", p.MethodName, p.Ci.Lower);
                    Add("ci_high", p.MethodName, p.Ci.Upper);
                }
                Add("n_imputed", "", r.Imputed);
                Add("n_excluded", "", r.Excluded);
                foreach (var c in r.ImputedReasons) Add("n_imputed", "", c.Count, c.Reason.CanonicalName());
                foreach (var c in r.ExcludedReasons) Add("n_excluded", "", c.Count, c.Reason.CanonicalName());
            }
            foreach (var c in comparisonIndex[group.Key])
            {
                string diffArm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, Arms.Count);
                void Add(string stat, string method, double value) => rows.Add(new ArdRow(analysis, endpoint, visit, diffArm, "", stat, method, value));
                Add("diff", "", c.Newcombe.Estimate);
                foreach (var d in new[] { c.Newcombe, c.MiettinenNurminen })
                {
                    Add("ci_low", d.MethodName, d.Ci.Lower);
                    Add("ci_high", d.MethodName, d.Ci.Upper);
                }
                Add("p_value", c.Fisher.MethodName, c.Fisher.PValue);
                Add("p_value", c.ChiSquare.MethodName, c.ChiSquare.PValue);
                Add("odds_ratio", c.OddsRatio.MethodName, c.OddsRatio.Estimate);
                Add("ci_low", c.OddsRatio.MethodName, c.OddsRatio.Ci.Lower);
                Add("ci_high", c.OddsRatio.MethodName, c.OddsRatio.Ci.Upper);
                if (c.Stratified is { } s)
                {
                    Add("diff", s.Difference.MethodName, s.Difference.Estimate);
                    Add("ci_low", s.Difference.MethodName, s.Difference.Ci.Lower);
                    Add("ci_high", s.Difference.MethodName, s.Difference.Ci.Upper);
                    Add("p_value", s.Cmh.Test.MethodName, s.Cmh.Test.PValue);
                    Add("odds_ratio", MantelHaenszelMethod, s.Cmh.CommonOddsRatio);
                    Add("ci_low", MantelHaenszelMethod, s.Cmh.OddsRatioCi.Lower);
                    Add("ci_high", MantelHaenszelMethod, s.Cmh.OddsRatioCi.Upper);
                }
            }
        }

        var ancovaIndex = ContinuousComparisons.ToLookup(c => (c.Endpoint, c.VisitWeek));
        foreach (var group in Continuous.GroupBy(c => (c.Endpoint, c.VisitWeek)))
        {
            string analysis = ArdAnalysis.EfficacyContinuous, endpoint = group.Key.Endpoint.CanonicalName();
            string visit = EndpointNames.VisitLabel(group.Key.VisitWeek);
            foreach (var s in group)
            {
                void Add(string stat, double value) => rows.Add(new ArdRow(analysis, endpoint, visit, s.Arm, "", stat, "", value));
                var d = s.Change;
                Add("n", d.N);
                Add("mean", d.Mean);
                Add("sd", d.StandardDeviation);
                Add("median", d.Median);
                Add("q1", d.FirstQuartile);
                Add("q3", d.ThirdQuartile);
                Add("min", d.Min);
                Add("max", d.Max);
                Add("n_excluded", s.Excluded);
                foreach (var c in s.ExcludedReasons)
                    rows.Add(new ArdRow(analysis, endpoint, visit, s.Arm, c.Reason.CanonicalName(), "n_excluded", "", c.Count));
            }
            foreach (var c in ancovaIndex[group.Key])
            {
                string term = Term(c.TreatmentArm), method = c.Ancova.Test.MethodName;
                var a = c.Ancova;
                rows.Add(new ArdRow(analysis, endpoint, visit, c.TreatmentArm, term, "lsmean", method, a.TreatmentLsMean));
                rows.Add(new ArdRow(analysis, endpoint, visit, c.ControlArm, term, "lsmean", method, a.ControlLsMean));
                string diffArm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, Arms.Count);
                void Add(string stat, double value) => rows.Add(new ArdRow(analysis, endpoint, visit, diffArm, "", stat, method, value));
                Add("diff", a.Difference);
                Add("se", a.StandardError);
                Add("ci_low", a.Ci.Lower);
                Add("ci_high", a.Ci.Upper);
                Add("p_value", a.Test.PValue);
            }
        }
        return rows.AsReadOnly();
    }

    /// <summary>Method name of the Mantel-Haenszel common odds ratio rows in ard.csv.</summary>
    public const string MantelHaenszelMethod = "mantel_haenszel";
}
