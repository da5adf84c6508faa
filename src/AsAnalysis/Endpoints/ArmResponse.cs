using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>
/// A binary endpoint in one arm at one visit under one missing-data handling: denominator, responders, the rate with
/// Wilson and Clopper-Pearson intervals, and how many subjects were imputed or excluded and why.
/// </summary>
public sealed record ArmResponse
{
    internal ArmResponse(ResponderEndpoint endpoint, decimal visitWeek, Imputation imputation, string arm, IReadOnlyList<SubjectResponse> subjects, double level)
        : this(endpoint, visitWeek, imputation, arm, subjects, ResponseTally.Of(subjects), level)
    {
    }

    /// <summary>An arm response whose counts were already taken (<paramref name="tally"/> must describe <paramref name="subjects"/>).</summary>
    internal ArmResponse(ResponderEndpoint endpoint, decimal visitWeek, Imputation imputation, string arm, IReadOnlyList<SubjectResponse> subjects, ResponseTally tally, double level)
    {
        Endpoint = endpoint;
        VisitWeek = visitWeek;
        Imputation = imputation;
        Arm = arm;
        Subjects = subjects;
        IttSubjects = tally.Itt;
        N = tally.N;
        Responders = tally.Responders;
        Imputed = tally.Imputed;
        Excluded = IttSubjects - N;
        ImputedReasons = tally.ImputedReasons();
        ExcludedReasons = tally.ExcludedReasons();
        Wilson = Proportion.Estimate(Responders, N, ProportionCiMethod.Wilson, level);
        ClopperPearson = Proportion.Estimate(Responders, N, ProportionCiMethod.ClopperPearson, level);
    }

    /// <summary>The endpoint.</summary>
    public ResponderEndpoint Endpoint { get; }
    /// <summary>The visit (AVISITN, weeks).</summary>
    public decimal VisitWeek { get; }
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
    /// <summary>The missing-data handling.</summary>
    public Imputation Imputation { get; }
    /// <summary>The arm (TRT01P).</summary>
    public string Arm { get; }
    /// <summary>ITT subjects of the arm.</summary>
    public int IttSubjects { get; }
    /// <summary>Denominator: all ITT subjects (NRI), or those evaluable (observed) or with a carried response (LOCF).</summary>
    public int N { get; }
    /// <summary>Responders among <see cref="N"/>.</summary>
    public int Responders { get; }
    /// <summary>Subjects whose response was imputed (NRI: set to non-responder; LOCF: carried forward).</summary>
    public int Imputed { get; }
    /// <summary>Subjects left out of the denominator (<see cref="IttSubjects"/> − <see cref="N"/>).</summary>
    public int Excluded { get; }
    /// <summary>Imputed subjects by the reason their response was not evaluable at the visit.</summary>
    public IReadOnlyList<ReasonCount> ImputedReasons { get; }
    /// <summary>Excluded subjects by reason.</summary>
    public IReadOnlyList<ReasonCount> ExcludedReasons { get; }
    /// <summary>Rate with the Wilson score interval (NaN when <see cref="N"/> is 0).</summary>
    public ProportionEstimate Wilson { get; }
    /// <summary>Rate with the Clopper-Pearson exact interval (NaN when <see cref="N"/> is 0).</summary>
    public ProportionEstimate ClopperPearson { get; }
    /// <summary>Responders / N (NaN when N is 0).</summary>
    public double Rate => Wilson.Estimate;
    /// <summary>
    /// Every ITT subject of the arm with how the response was handled. The elements are computed from the derived endpoints
    /// on access (not stored: at 100,000 subjects the stored responses of every endpoint, visit and handling took over
    /// 1 GB); each access returns a new, value-equal record.
    /// </summary>
    public IReadOnlyList<SubjectResponse> Subjects { get; }
}
