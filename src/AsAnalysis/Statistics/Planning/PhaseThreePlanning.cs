using AsAnalysis.Statistics.Bayes;

namespace AsAnalysis.Statistics.Planning;

/// <summary>
/// Phase III planning from a pilot's responder table: the conventional sample size at the pilot's point estimates
/// and the assurance-based one (O'Hagan, Stevens and Campbell 2005): the smallest trial whose posterior predictive
/// probability of success reaches a target.
/// </summary>
/// <remarks>
/// The plug-in rates are the pilot's observed proportions. The assurance averages the success probability over the
/// posteriors (<see cref="BetaBinomial.Posterior"/> with the options' priors), so it accounts for the pilot's
/// uncertainty; it cannot exceed <see cref="Assurance.Limit"/>, the posterior probability that the true difference
/// favours the phase III hypothesis, however large the trial. Exact power and assurance are not monotone in n (the
/// tests are discrete), so the assurance-based n is found by evaluating n = 1, 2, ... in turn up to
/// <see cref="PlanningOptions.MaxPerArm"/>, as <see cref="SampleSize.PerArm"/> does for the exact methods.
/// </remarks>
public static class PhaseThreePlanning
{
    /// <summary>Plans the phase III.</summary>
    /// <param name="pilot">The pilot's responders / subjects per arm (both arms non-empty).</param>
    /// <param name="options">Priors, success rule, targets; default <see cref="PlanningOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pilot"/> is null.</exception>
    /// <exception cref="ArgumentException">An arm of the pilot is empty.</exception>
    public static PhaseThreePlan Plan(TwoByTwoTable pilot, PlanningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        options ??= PlanningOptions.Default;
        if (pilot.TreatmentTotal == 0 || pilot.ControlTotal == 0) throw new ArgumentException("Both arms of the pilot need subjects.", nameof(pilot));
        var success = options.Success;
        var t = BetaBinomial.Posterior(pilot.TreatmentEvents, pilot.TreatmentTotal, options.TreatmentPrior);
        var c = BetaBinomial.Posterior(pilot.ControlEvents, pilot.ControlTotal, options.ControlPrior);
        double pT = pilot.TreatmentProportion, pC = pilot.ControlProportion;

        SampleSizeResult? superiority = null;
        NonInferioritySampleSize? nonInferiority = null;
        if (success.Margin == 0)
        {
            if (pT != pC)
            {
                try
                {
                    superiority = SampleSize.PerArm(pT, pC, options.TargetPower, options.SuperiorityMethod, 2 * success.OneSidedAlpha, options.MaxPerArm);
                }
                catch (ArgumentOutOfRangeException e) when (e.ParamName == "maxPerArm")
                {
                    // An exact method that does not reach the power by MaxPerArm: no conventional n.
                }
            }
        }
        else if (pT - pC + success.Margin > 0)
        {
            nonInferiority = NonInferiorityPlanning.PerArm(pT, pC, success.Margin, options.TargetPower, success.OneSidedAlpha);
        }

        int? conventional = superiority?.PerArm ?? nonInferiority?.PerArm;
        double powerAt = double.NaN, assuranceAt = double.NaN;
        if (conventional is int n)
        {
            powerAt = Assurance.Power(pT, pC, n, n, success).Probability;
            assuranceAt = Assurance.Compute(t, c, n, n, success).Probability;
        }

        double limit = Assurance.Limit(t, c, success);
        int? assurancePerArm = null;
        double achieved = double.NaN;
        if (options.TargetAssurance < limit)
        {
            for (int m = 1; m <= options.MaxPerArm; m++)
            {
                double a = Assurance.Compute(t, c, m, m, success).Probability;
                if (a >= options.TargetAssurance)
                {
                    assurancePerArm = m;
                    achieved = a;
                    break;
                }
            }
        }
        return new PhaseThreePlan(pilot, options, t, c, superiority, nonInferiority, powerAt, assuranceAt, limit, assurancePerArm, achieved);
    }

    /// <summary>
    /// Power and assurance against the size per arm, as data for a figure: conventional (normal approximation) and exact
    /// power at the pilot's observed rates, and assurance, for each n.
    /// </summary>
    /// <param name="pilot">The pilot's responders / subjects per arm (both arms non-empty).</param>
    /// <param name="perArm">Sizes per arm, each at least 1 (points in this order).</param>
    /// <param name="options">Priors and success rule; default <see cref="PlanningOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">An arm of the pilot is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size below 1.</exception>
    public static IReadOnlyList<PowerCurvePoint> Curve(TwoByTwoTable pilot, IEnumerable<int> perArm, PlanningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(perArm);
        options ??= PlanningOptions.Default;
        if (pilot.TreatmentTotal == 0 || pilot.ControlTotal == 0) throw new ArgumentException("Both arms of the pilot need subjects.", nameof(pilot));
        var sizes = perArm.ToArray();
        foreach (int n in sizes)
            if (n < 1) throw new ArgumentOutOfRangeException(nameof(perArm), n, "At least one subject per arm.");
        var success = options.Success;
        var t = BetaBinomial.Posterior(pilot.TreatmentEvents, pilot.TreatmentTotal, options.TreatmentPrior);
        var c = BetaBinomial.Posterior(pilot.ControlEvents, pilot.ControlTotal, options.ControlPrior);
        double pT = pilot.TreatmentProportion, pC = pilot.ControlProportion;
        var points = new PowerCurvePoint[sizes.Length];
        for (int i = 0; i < sizes.Length; i++)
        {
            int n = sizes[i];
            double conventional = success.Margin == 0
                ? SampleSize.Power(pT, pC, n, PowerMethod.NormalApproximation, 2 * success.OneSidedAlpha).Power
                : NonInferiorityPlanning.Power(pT, pC, success.Margin, n, success.OneSidedAlpha);
            points[i] = new PowerCurvePoint(n, conventional, Assurance.Power(pT, pC, n, n, success).Probability, Assurance.Compute(t, c, n, n, success).Probability);
        }
        return Array.AsReadOnly(points);
    }
}
