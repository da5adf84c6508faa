using AsAnalysis.Data;
using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Endpoints;

/// <summary>
/// MMRM of the change from baseline of continuous endpoints (BASDAI, BASFI, ASDAS-CRP by default) in the ITT
/// population by planned arm: change at each post-baseline visit ~ arm + visit + arm:visit + baseline + baseline:visit
/// (+ stratum), REML, unstructured covariance with fallback (see <see cref="Mmrm.Fit"/>).
/// </summary>
public static class MmrmEfficacy
{
    /// <summary>
    /// Derives every endpoint per subject and visit (<see cref="EndpointDerivation.DeriveSubjectVisits"/>), builds one
    /// record per ITT subject and post-baseline visit with a change from baseline, fits the MMRM per endpoint, and reports
    /// LS means and differences at the reported visits for each degrees-of-freedom method. ITT subjects without a baseline
    /// value or without any post-baseline value are counted per arm (<see cref="MmrmArmPopulation"/>), not dropped silently.
    /// </summary>
    /// <param name="data">The trial data.</param>
    /// <param name="options">Options; the control arm is required.</param>
    /// <returns>One result per endpoint. A fit that did not converge has NaN estimates and says what was tried (<see cref="MmrmFit.Message"/>).</returns>
    /// <exception cref="ArgumentException">
    /// The control arm has no ITT subject; a stratified analysis and an analysed subject without STRAT1; or the model of an
    /// endpoint cannot be estimated (e.g. no subject of an arm at a visit, fewer than two post-baseline visits): the message
    /// names the endpoint and the reason.
    /// </exception>
    public static MmrmEfficacyResults Run(TrialData data, MmrmEfficacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var (itt, arms) = IttArms.Resolve(data, options.ControlArm, nameof(options));
        var endpoints = EndpointDerivation.DeriveSubjectVisits(data, options.EndpointOptions);
        var mmrmOptions = new MmrmOptions { Covariance = options.Covariance, Fallback = options.Fallback };

        var results = new List<MmrmEndpointResult>();
        foreach (var endpoint in options.Endpoints)
        {
            var (mmrmData, weeks, counts) = LongData(data, itt, endpoints, endpoint, options, arms);
            var weekList = weeks.ToArray();
            MmrmFit fit;
            try
            {
                fit = Mmrm.Fit(mmrmData, mmrmOptions);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{endpoint.Code()}: the MMRM cannot be fitted: {e.Message}", nameof(data), e);
            }
            var report = options.ReportWeeks.Count == 0 ? weekList : options.ReportWeeks.ToArray();
            var missing = report.Where(w => !weeks.Contains(w)).ToArray();
            if (missing.Length > 0)
                throw new ArgumentException($"{endpoint.Code()}: no post-baseline value at reported week(s) {string.Join(", ", missing)}.", nameof(options));
            var labels = report.Select(VisitLabels.Week).ToHashSet(StringComparer.Ordinal);
            var lsMeans = options.DfMethods.SelectMany(m => fit.LsMeans(m, options.ConfidenceLevel)).Where(x => labels.Contains(x.Visit)).ToArray();
            var differences = options.DfMethods.SelectMany(m => fit.Differences(m, options.ConfidenceLevel)).Where(x => labels.Contains(x.Visit)).ToArray();
            var populations = arms.Select(a => new MmrmArmPopulation(a, counts[a][0], counts[a][1], counts[a][2], counts[a][3], counts[a][4])).ToArray();
            results.Add(new MmrmEndpointResult(endpoint, options.ControlArm, Array.AsReadOnly(weekList), Array.AsReadOnly(populations), fit,
                Array.AsReadOnly(lsMeans), Array.AsReadOnly(differences)));
        }
        return new MmrmEfficacyResults(options, Array.AsReadOnly(arms), data.Subjects.Count - itt.Length, results.AsReadOnly());
    }

    /// <summary>The long data of one endpoint (one record per analysed ITT subject and post-baseline visit with a change),
    /// the weeks in it, and the per-arm counts (ITT, without baseline, without post-baseline, analysed, observations).</summary>
    internal static (MmrmData Data, SortedSet<decimal> Weeks, Dictionary<string, int[]> Counts) LongData(TrialData data, Subject[] itt,
        EndpointDataset endpoints, ContinuousEndpoint endpoint, MmrmEfficacyOptions options, string[] arms)
    {
        var subjects = new List<string>();
        var visits = new List<string>();
        var armOf = new List<string>();
        var change = new List<double>();
        var baseline = new List<double>();
        var strata = new List<string?>();
        var counts = arms.ToDictionary(a => a, _ => new int[5], StringComparer.Ordinal); // itt, no baseline, no post-baseline, analysed, observations
        var weeks = new SortedSet<decimal>();
        foreach (var subject in itt)
        {
            var c = counts[subject.PlannedArm];
            c[0]++;
            var records = endpoints.ForSubject(subject.UsubjId);
            var baseVisit = records.FirstOrDefault(v => v.VisitWeek == 0m);
            var baseValue = baseVisit?.Components.Value(endpoint);
            if (baseValue is null) { c[1]++; continue; }
            var n = 0;
            foreach (var v in records)
            {
                if (!v.IsPostBaseline || v.Change(endpoint) is not { } chg) continue;
                subjects.Add(subject.UsubjId);
                visits.Add(VisitLabels.Week(v.VisitWeek));
                armOf.Add(subject.PlannedArm);
                change.Add(chg);
                baseline.Add(baseValue.Value);
                strata.Add(subject.Stratum);
                weeks.Add(v.VisitWeek);
                n++;
            }
            if (n == 0) { c[2]++; continue; }
            c[3]++;
            c[4] += n;
        }
        if (options.Stratified && strata.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException($"{endpoint.Code()}: the stratified MMRM needs STRAT1 for every analysed subject.", nameof(options));
        var mmrmData = new MmrmData
        {
            Subjects = subjects,
            Visits = visits,
            VisitLevels = [.. weeks.Select(VisitLabels.Week)],
            Arms = armOf,
            ControlArm = options.ControlArm,
            Response = change,
            Baseline = baseline,
            Covariates = options.Stratified ? [MmrmCovariate.Factor("stratum", strata)] : [],
        };
        return (mmrmData, weeks, counts);
    }
}
