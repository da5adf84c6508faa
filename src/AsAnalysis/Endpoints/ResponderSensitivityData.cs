using AsAnalysis.Data;
using AsAnalysis.Statistics.MultipleImputation;
using AsAnalysis.Statistics.Sensitivity;

namespace AsAnalysis.Endpoints;

/// <summary>
/// A responder endpoint at one visit, treatment arm against control, with the subjects whose response is missing in
/// each arm (<see cref="ResponderSensitivity.Prepare"/>): the data of the tipping-point analysis and of multiple
/// imputation. The completed-case counts are those of the observed-case analysis, and with every missing subject a
/// non-responder those of NRI.
/// </summary>
public sealed record ResponderSensitivityData
{
    private readonly EndpointDataset _endpoints;

    internal ResponderSensitivityData(ResponderEndpoint endpoint, decimal visitWeek, ArmResponderMissingness treatment, ArmResponderMissingness control, EndpointDataset endpoints)
    {
        Endpoint = endpoint;
        VisitWeek = visitWeek;
        Treatment = treatment;
        Control = control;
        _endpoints = endpoints;
    }

    /// <summary>The endpoint.</summary>
    public ResponderEndpoint Endpoint { get; }
    /// <summary>The visit (AVISITN).</summary>
    public decimal VisitWeek { get; }
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
    /// <summary>The treatment (test) arm.</summary>
    public ArmResponderMissingness Treatment { get; }
    /// <summary>The control arm.</summary>
    public ArmResponderMissingness Control { get; }

    /// <summary>The tipping-point grid over the missing subjects of both arms (<see cref="Statistics.Sensitivity.TippingPoint.Analyze"/>).</summary>
    /// <param name="options">Interval method and level, test and alpha; default Newcombe 95% and Fisher at 0.05.</param>
    public TippingPointGrid TippingPoint(TippingPointOptions? options = null) =>
        Statistics.Sensitivity.TippingPoint.Analyze(Treatment.Counts, Control.Counts, options);

    /// <summary>The default baseline covariates of the imputation model: BASDAI and BASFI.</summary>
    public static IReadOnlyList<ContinuousEndpoint> DefaultCovariates { get; } = Array.AsReadOnly(new[] { ContinuousEndpoint.Basdai, ContinuousEndpoint.Basfi });

    /// <summary>
    /// Multiple imputation of the missing responses under MAR given arm and baseline covariates
    /// (<see cref="ResponderImputation.Run"/>), combined by Rubin's rules.
    /// </summary>
    /// <remarks>
    /// Each ITT subject of both arms enters with the derived response (or none) and the baseline (AVISITN 0) values of
    /// <paramref name="covariates"/>, treatment subjects first, each arm in subject order. A missing baseline value is set
    /// to the mean of the subjects who have it, both arms together (valid for baseline covariates in a randomised trial,
    /// White and Thompson 2005); the count is reported. A covariate nobody has is constant and the model leaves it out.
    /// </remarks>
    /// <param name="options">M, seed, model, level; default <see cref="ResponderImputationOptions.Default"/>.</param>
    /// <param name="covariates">Baseline covariates; default <see cref="DefaultCovariates"/>. An empty list fits the
    /// response rate of each arm alone.</param>
    /// <exception cref="ArgumentException">A duplicate or undefined covariate.</exception>
    public ResponderImputationAnalysis MultipleImputation(ResponderImputationOptions? options = null, IReadOnlyList<ContinuousEndpoint>? covariates = null)
    {
        covariates ??= DefaultCovariates;
        if (covariates.Any(c => !Enum.IsDefined(c))) throw new ArgumentException("Undefined covariate.", nameof(covariates));
        if (covariates.Distinct().Count() != covariates.Count) throw new ArgumentException("Duplicate covariate.", nameof(covariates));
        var chosen = covariates.ToArray();

        var all = Treatment.Subjects.Select(s => (Treatment: true, Subject: s)).Concat(Control.Subjects.Select(s => (Treatment: false, Subject: s))).ToArray();
        var values = new double?[all.Length, chosen.Length];
        for (int i = 0; i < all.Length; i++)
        {
            var baseline = _endpoints.Find(all[i].Subject.UsubjId, 0m)?.Components;
            for (int c = 0; c < chosen.Length; c++) values[i, c] = baseline?.Value(chosen[c]);
        }
        var filled = new int[chosen.Length];
        var means = new double[chosen.Length];
        for (int c = 0; c < chosen.Length; c++)
        {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < all.Length; i++)
                if (values[i, c] is { } v) { sum += v; n++; }
            means[c] = n > 0 ? sum / n : 0;
            filled[c] = all.Length - n;
        }
        var subjects = new ImputationSubject[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            var x = new double[chosen.Length];
            for (int c = 0; c < chosen.Length; c++) x[c] = values[i, c] ?? means[c];
            subjects[i] = new ImputationSubject(all[i].Treatment, all[i].Subject.Outcome.Responder, x);
        }
        var result = ResponderImputation.Run(subjects, options);
        return new ResponderImputationAnalysis(Endpoint, VisitWeek, Treatment.Arm, Control.Arm, Array.AsReadOnly(chosen), Array.AsReadOnly(filled), result);
    }
}
