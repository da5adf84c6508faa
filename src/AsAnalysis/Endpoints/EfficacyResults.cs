using AsAnalysis.Ard;
using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

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
        ?? throw new KeyNotFoundException($"No {imputation.Code()} {endpoint.Code()} result for arm '{arm}' at {VisitLabels.Week(visitWeek)}.");

    /// <summary>The binary comparison of a treatment arm with the control at an analysis visit.</summary>
    /// <param name="imputation">Missing-data handling.</param>
    /// <param name="endpoint">Endpoint.</param>
    /// <param name="visitWeek">Analysis visit (AVISITN).</param>
    /// <param name="treatmentArm">Treatment arm.</param>
    /// <exception cref="KeyNotFoundException">No such comparison.</exception>
    public ArmComparison Comparison(Imputation imputation, ResponderEndpoint endpoint, decimal visitWeek, string treatmentArm) =>
        Comparisons.FirstOrDefault(c => c.Imputation == imputation && c.Endpoint == endpoint && c.VisitWeek == visitWeek && c.TreatmentArm == treatmentArm)
        ?? throw new KeyNotFoundException($"No {imputation.Code()} {endpoint.Code()} comparison for arm '{treatmentArm}' at {VisitLabels.Week(visitWeek)}.");

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
    public IReadOnlyList<ArdRow> ToArdRows() => EfficacyArd.Build(this);

    /// <summary>Method name of the Mantel-Haenszel common odds ratio rows in ard.csv.</summary>
    public const string MantelHaenszelMethod = ArdMethod.MantelHaenszel;
}
