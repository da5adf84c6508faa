using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Bayes;
using AsAnalysis.Statistics.Planning;

namespace AsAnalysis.Tests.Statistics.Planning;

/// <summary>
/// Assurance and exact power against brute-force sums in R 4.2.2 (Statistics/Reference/planning-reference.R): every
/// outcome (yT, yC) of the future trial decided by R's own functions (Wilson limits from <c>prop.test(correct = FALSE)</c>
/// combined into Newcombe's lower limit; the Wald limit; <c>fisher.test(alternative = "greater")</c>) and weighted by
/// beta-binomial probabilities exp(lchoose(n, y) + lbeta(y + a, n - y + b) - lbeta(a, b)) of the Jeffreys posteriors
/// (assurance) or by <c>dbinom</c> at the observed rates (power).
/// </summary>
public class AssuranceTests
{
    /// <summary>rule, n per arm, pilot xT/nT vs xC/nC, margin, one-sided alpha, assurance, power.</summary>
    public static TheoryData<string, int, int, int, int, int, double, double, double, double> Rows() => new()
    {
        { "newcombe", 40, 20, 30, 14, 30, 0, 0.025, 0.46267180611738279, 0.4573829026420842 },
        { "newcombe", 60, 20, 30, 14, 30, 0, 0.025, 0.55865044219305737, 0.6136706930113901 },
        { "newcombe", 40, 14, 30, 17, 30, 0, 0.025, 0.032142361893198371, 0.0025148621266966801 },
        { "newcombe", 50, 17, 30, 18, 30, 0.1, 0.025, 0.22307770097558169, 0.1059361298875129 },
        { "newcombe", 35, 25, 30, 26, 30, 0.15, 0.05, 0.42344594916387368, 0.37603453997118746 },
        { "wald", 40, 20, 30, 14, 30, 0, 0.025, 0.46482973251681869, 0.45821577948762787 },
        { "fisher", 40, 20, 30, 14, 30, 0, 0.025, 0.40312924982279374, 0.36793201903020839 },
        { "fisher", 25, 22, 30, 12, 30, 0, 0.025, 0.56343027687065594, 0.60559104181175005 },
    };

    private static TrialSuccess Rule(string rule, double margin, double alpha) => rule switch
    {
        "fisher" => new TrialSuccess { Rule = SuccessRule.FisherOneSided, OneSidedAlpha = alpha },
        "wald" => new TrialSuccess { CiMethod = DifferenceCiMethod.Wald, Margin = margin, OneSidedAlpha = alpha },
        _ => new TrialSuccess { Margin = margin, OneSidedAlpha = alpha },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void MatchesBruteForceInR(string rule, int n, int xT, int nT, int xC, int nC, double margin, double alpha, double assurance, double power)
    {
        var success = Rule(rule, margin, alpha);
        var a = Assurance.Compute(BetaBinomial.Posterior(xT, nT), BetaBinomial.Posterior(xC, nC), n, n, success);
        TableAssert.Close(assurance, a.Probability, TableAssert.ClosedForm, "assurance");
        Assert.Equal(OutcomeModel.PosteriorPredictive, a.Model);
        Assert.Equal((n, n), (a.TreatmentPerArm, a.ControlPerArm));
        var p = Assurance.Power((double)xT / nT, (double)xC / nC, n, n, success);
        TableAssert.Close(power, p.Probability, TableAssert.ClosedForm, "power");
        Assert.Equal(OutcomeModel.FixedRates, p.Model);
    }

    /// <summary>Sum of the weights of the outcomes whose interval (by <see cref="ProportionDifference.Estimate"/>) succeeds.</summary>
    private static double Enumerate(double[] wT, double[] wC, DifferenceCiMethod method, double margin, double level)
    {
        int nT = wT.Length - 1, nC = wC.Length - 1;
        double s = 0;
        for (int yT = 0; yT <= nT; yT++)
            for (int yC = 0; yC <= nC; yC++)
                if (ProportionDifference.Estimate(new TwoByTwoTable(yT, nT, yC, nC), method, level).Ci.Lower > -margin) s += wT[yT] * wC[yC];
        return s;
    }

    [Theory]
    [InlineData(DifferenceCiMethod.Newcombe, 0.0)]
    [InlineData(DifferenceCiMethod.Newcombe, 0.12)]
    [InlineData(DifferenceCiMethod.MiettinenNurminen, 0.0)]
    [InlineData(DifferenceCiMethod.MiettinenNurminen, 0.1)]
    [InlineData(DifferenceCiMethod.Mee, 0.05)]
    [InlineData(DifferenceCiMethod.AgrestiCaffo, 0.0)]
    public void ShortcutsEqualFullEnumerationOfTheIntervals(DifferenceCiMethod method, double margin)
    {
        // Newcombe's staircase and the score methods' test form against the interval of every outcome, unequal arms.
        var success = new TrialSuccess { CiMethod = method, Margin = margin };
        foreach (var (nT, nC) in new[] { (23, 31), (40, 40), (7, 3) })
        {
            var wT = Assurance.BetaBinomialPmf(nT, 12.5, 9.5);
            var wC = Assurance.BetaBinomialPmf(nC, 9.5, 12.5);
            TableAssert.Close(Enumerate(wT, wC, method, margin, 0.95), Assurance.Sum(wT, wC, success), 1e-12, $"{method} {nT}/{nC}");
        }
    }

    [Fact]
    public void WeightsSumToOne()
    {
        Assert.Equal(1.0, Assurance.BetaBinomialPmf(300, 14.5, 16.5).Sum(), 12);
        Assert.Equal(1.0, Assurance.BinomialPmf(300, 0.47).Sum(), 12);
    }

    [Fact]
    public void AssuranceTendsToItsLimit()
    {
        var t = BetaBinomial.Posterior(20, 30);
        var c = BetaBinomial.Posterior(14, 30);
        double limit = Assurance.Limit(t, c);
        Assert.Equal(new BetaDifference(20.5, 10.5, 14.5, 16.5).Survival(0), limit);
        // The gap is the posterior mass of true differences too small to detect: about the density at 0 times the
        // detectable difference, which shrinks like 1/sqrt(n).
        double a500 = Assurance.Compute(t, c, 500, 500).Probability, a5000 = Assurance.Compute(t, c, 5000, 5000).Probability;
        double a20000 = Assurance.Compute(t, c, 20000, 20000).Probability;
        Assert.True(a500 < a5000 && a5000 < a20000 && a20000 < limit, $"{a500} {a5000} {a20000} {limit}");
        Assert.True(limit - a20000 < 0.015 && limit - a5000 < 0.03, $"{a5000} {a20000} {limit}");
        var ni = TrialSuccess.NonInferiority(0.1);
        Assert.Equal(new BetaDifference(20.5, 10.5, 14.5, 16.5).Survival(-0.1), Assurance.Limit(t, c, ni));
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        var t = BetaBinomial.Posterior(20, 30);
        Assert.Equal("treatmentPerArm", Assert.Throws<ArgumentOutOfRangeException>(() => Assurance.Compute(t, t, 0, 5)).ParamName);
        Assert.Equal("controlPerArm", Assert.Throws<ArgumentOutOfRangeException>(() => Assurance.Power(0.5, 0.5, 5, 0)).ParamName);
        Assert.Equal("treatmentRate", Assert.Throws<ArgumentOutOfRangeException>(() => Assurance.Power(-0.5, 0.5, 5, 5)).ParamName);
        Assert.Equal("success", Assert.Throws<ArgumentException>(() =>
            Assurance.Compute(t, t, 5, 5, new TrialSuccess { Rule = SuccessRule.FisherOneSided, Margin = 0.1 })).ParamName);
        Assert.Equal("OneSidedAlpha", Assert.Throws<ArgumentOutOfRangeException>(() => new TrialSuccess { OneSidedAlpha = 0.5 }).ParamName);
        Assert.Equal("Margin", Assert.Throws<ArgumentOutOfRangeException>(() => new TrialSuccess { Margin = -0.1 }).ParamName);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => TrialSuccess.NonInferiority(0)).ParamName);
        Assert.Equal("Rule", Assert.Throws<ArgumentOutOfRangeException>(() => new TrialSuccess { Rule = (SuccessRule)7 }).ParamName);
        Assert.Equal(0.95, TrialSuccess.Superiority.Level, 15);
    }
}
