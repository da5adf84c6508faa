using AsAnalysis.Statistics.Bayes;
using MathNet.Numerics;

namespace AsAnalysis.Statistics.Planning;

/// <summary>
/// Probability that a future two-arm trial with a responder endpoint succeeds: the assurance (O'Hagan, Stevens and
/// Campbell 2005), averaging the power over the pilot's posterior of the response rates, and the power at fixed
/// rates. Both are exact sums over every outcome (y_T, y_C) of the future trial, no simulation.
/// </summary>
/// <remarks>
/// <para>Assurance: with posteriors Beta(a_T, b_T) and Beta(a_C, b_C), the future counts are independent beta-binomial,
/// P(y) = C(n, y) B(y + a, n - y + b) / B(a, b), and the assurance is the sum over all (y_T, y_C) of
/// P(y_T) P(y_C) 1{the trial succeeds}. Power: the same with binomial probabilities at fixed rates.</para>
/// <para>Success (<see cref="TrialSuccess"/>): the lower limit of the two-sided 1 - 2 alpha interval of the difference
/// above minus the margin, or Fisher's one-sided test with p &lt;= alpha. Evaluation: the Newcombe lower limit
/// increases strictly with y_T and decreases strictly with y_C (each step moves p by 1/n while the Wilson limit moves
/// the same way, so the square-root term cannot undo it), so the successful y_T form a range [t(y_C), n_T] with
/// t nondecreasing: one staircase walk finds every t with n_T + n_C + 2 limits and the sum uses tail sums of P(y_T).
/// The score intervals (Miettinen-Nurminen, Mee) are decided by their score test at delta = -margin: the lower limit
/// exceeds -margin exactly when Z(-margin) &gt; z, since the limit is where the decreasing Z crosses z (one score
/// evaluation per outcome instead of a root search). Wald, corrected Wald and Agresti-Caffo call
/// <see cref="ProportionDifference.Estimate"/> per outcome. Fisher's one-sided p-values come once per total number of
/// responders (<see cref="TwoByTwoTests.Fisher"/>'s distribution, upper tail). Outcomes with probability 0 are skipped.</para>
/// </remarks>
public static class Assurance
{
    /// <summary>Assurance: the posterior predictive probability that a trial with these arm sizes succeeds.</summary>
    /// <param name="treatment">Treatment posterior (e.g. <see cref="BetaBinomial.Posterior"/> of the pilot).</param>
    /// <param name="control">Control posterior.</param>
    /// <param name="treatmentPerArm">Treatment subjects of the future trial, at least 1.</param>
    /// <param name="controlPerArm">Control subjects of the future trial, at least 1.</param>
    /// <param name="success">Definition of success; default <see cref="TrialSuccess.Superiority"/>.</param>
    /// <exception cref="ArgumentNullException">A null posterior.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An arm size below 1.</exception>
    /// <exception cref="ArgumentException">Fisher's rule with a margin.</exception>
    public static SuccessProbability Compute(BetaPosterior treatment, BetaPosterior control, int treatmentPerArm, int controlPerArm, TrialSuccess? success = null)
    {
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        success = Check(treatmentPerArm, controlPerArm, success);
        double p = Sum(BetaBinomialPmf(treatmentPerArm, treatment.A, treatment.B), BetaBinomialPmf(controlPerArm, control.A, control.B), success);
        return new SuccessProbability(treatmentPerArm, controlPerArm, success, OutcomeModel.PosteriorPredictive, p);
    }

    /// <summary>Exact power of the success rule at fixed response rates.</summary>
    /// <param name="treatmentRate">Treatment response rate in [0, 1].</param>
    /// <param name="controlRate">Control response rate in [0, 1].</param>
    /// <param name="treatmentPerArm">Treatment subjects, at least 1.</param>
    /// <param name="controlPerArm">Control subjects, at least 1.</param>
    /// <param name="success">Definition of success; default <see cref="TrialSuccess.Superiority"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside [0, 1] or an arm size below 1.</exception>
    /// <exception cref="ArgumentException">Fisher's rule with a margin.</exception>
    public static SuccessProbability Power(double treatmentRate, double controlRate, int treatmentPerArm, int controlPerArm, TrialSuccess? success = null)
    {
        SampleSize.CheckRate(treatmentRate, nameof(treatmentRate));
        SampleSize.CheckRate(controlRate, nameof(controlRate));
        success = Check(treatmentPerArm, controlPerArm, success);
        double p = Sum(BinomialPmf(treatmentPerArm, treatmentRate), BinomialPmf(controlPerArm, controlRate), success);
        return new SuccessProbability(treatmentPerArm, controlPerArm, success, OutcomeModel.FixedRates, p);
    }

    /// <summary>
    /// The limit of the assurance as both arms grow: the posterior probability that the true difference exceeds minus
    /// the margin, P(p_T - p_C &gt; -margin | pilot) (<see cref="BetaDifference.Survival"/>). No sample size gives an
    /// assurance above it.
    /// </summary>
    /// <param name="treatment">Treatment posterior.</param>
    /// <param name="control">Control posterior.</param>
    /// <param name="success">Definition of success; default <see cref="TrialSuccess.Superiority"/>.</param>
    /// <exception cref="ArgumentNullException">A null posterior.</exception>
    public static double Limit(BetaPosterior treatment, BetaPosterior control, TrialSuccess? success = null)
    {
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        success ??= TrialSuccess.Superiority;
        return new BetaDifference(treatment.A, treatment.B, control.A, control.B).Survival(-success.Margin);
    }

    private static TrialSuccess Check(int treatmentPerArm, int controlPerArm, TrialSuccess? success)
    {
        if (treatmentPerArm < 1) throw new ArgumentOutOfRangeException(nameof(treatmentPerArm), treatmentPerArm, "At least one subject per arm.");
        if (controlPerArm < 1) throw new ArgumentOutOfRangeException(nameof(controlPerArm), controlPerArm, "At least one subject per arm.");
        success ??= TrialSuccess.Superiority;
        success.Validate(nameof(success));
        return success;
    }

    /// <summary>Beta-binomial probabilities P(y), y = 0..n.</summary>
    internal static double[] BetaBinomialPmf(int n, double a, double b)
    {
        var pmf = new double[n + 1];
        double norm = SpecialFunctions.BetaLn(a, b);
        for (int y = 0; y <= n; y++)
            pmf[y] = Math.Exp(SpecialFunctions.BinomialLn(n, y) + SpecialFunctions.BetaLn(y + a, n - y + b) - norm);
        return pmf;
    }

    /// <summary>Binomial probabilities P(y), y = 0..n (Loader's saddle point, as R's dbinom).</summary>
    internal static double[] BinomialPmf(int n, double p)
    {
        var pmf = new double[n + 1];
        for (int y = 0; y <= n; y++) pmf[y] = Math.Exp(Saddlepoint.LogBinomialPmf(y, n, p, 1 - p));
        return pmf;
    }

    /// <summary>Sum over (y_T, y_C) of wT[y_T] wC[y_C] over the successful outcomes.</summary>
    internal static double Sum(double[] wT, double[] wC, TrialSuccess success)
    {
        int nT = wT.Length - 1, nC = wC.Length - 1;
        double bound = -success.Margin;
        double total = 0;
        if (success.Rule == SuccessRule.FisherOneSided)
        {
            var tables = new FixedMarginTables(nT, nC, 0, 0, 0, 0, 0);
            for (int s = 0; s <= nT + nC; s++)
            {
                tables.Fisher(s);
                for (int x1 = tables.FisherLo; x1 <= tables.FisherHi; x1++)
                {
                    double w = wT[x1] * wC[s - x1];
                    if (w > 0 && tables.FisherUpper(x1) <= success.OneSidedAlpha) total += w;
                }
            }
            return Math.Clamp(total, 0, 1);
        }

        double z = ProportionMath.TwoSidedZ(success.Level);
        switch (success.CiMethod)
        {
            case DifferenceCiMethod.Newcombe:
            {
                var tables = new FixedMarginTables(nT, nC, z);
                var tail = new double[nT + 2];
                for (int y = nT; y >= 0; y--) tail[y] = tail[y + 1] + wT[y];
                for (int yC = 0, t = 0; yC <= nC; yC++)
                {
                    while (t <= nT && !(tables.NewcombeLower(t, yC) > bound)) t++;
                    total += wC[yC] * tail[t];
                }
                break;
            }
            case DifferenceCiMethod.MiettinenNurminen:
            case DifferenceCiMethod.Mee:
            {
                bool correction = success.CiMethod == DifferenceCiMethod.MiettinenNurminen;
                for (int yT = 0; yT <= nT; yT++)
                {
                    if (wT[yT] == 0) continue;
                    for (int yC = 0; yC <= nC; yC++)
                    {
                        double w = wT[yT] * wC[yC];
                        if (w == 0) continue;
                        double d = (double)yT / nT - (double)yC / nC;
                        if (!(d > bound)) continue;
                        double statistic = ProportionMath.ScoreRatio(d - bound, ProportionMath.ScoreVarianceForDifference(yT, nT, yC, nC, bound, correction));
                        if (statistic > z) total += w;
                    }
                }
                break;
            }
            default:
                for (int yT = 0; yT <= nT; yT++)
                {
                    if (wT[yT] == 0) continue;
                    for (int yC = 0; yC <= nC; yC++)
                    {
                        double w = wT[yT] * wC[yC];
                        if (w == 0) continue;
                        var ci = ProportionDifference.Estimate(new TwoByTwoTable(yT, nT, yC, nC), success.CiMethod, success.Level).Ci;
                        if (ci.Lower > bound) total += w;
                    }
                }
                break;
        }
        return Math.Clamp(total, 0, 1);
    }
}
