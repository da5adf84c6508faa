using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary><see cref="SampleSize"/> against R 4.2.2 (Reference/samplesize-reference.R).</summary>
public class SampleSizeTests
{
    [Theory]
    // R 4.2.2: power.prop.test(n = n, p1 = p1, p2 = p0, sig.level = alpha)$power
    [InlineData(0.6, 0.35, 50, 0.05, 0.7126105094540548)]
    [InlineData(0.5, 0.75, 77, 0.05, 0.90110427253775738)]
    [InlineData(0.45, 0.25, 120, 0.01, 0.75409751507777922)]
    public void NormalPowerMatchesPowerPropTest(double p1, double p0, int n, double alpha, double expected)
    {
        var r = SampleSize.Power(p1, p0, n, PowerMethod.NormalApproximation, alpha);
        TableAssert.Close(expected, r.Power, TableAssert.ClosedForm);
        Assert.Equal((p1, p0, n, alpha, PowerMethod.NormalApproximation), (r.TreatmentRate, r.ControlRate, r.PerArm, r.Alpha, r.Method));
        Assert.Equal("normal", r.MethodName);
        // The rates enter symmetrically.
        TableAssert.Close(expected, SampleSize.Power(p0, p1, n, PowerMethod.NormalApproximation, alpha).Power, 1e-14);
    }

    [Theory]
    // R 4.2.2: power.prop.test(p1 = p1, p2 = p0, power = power, sig.level = alpha, tol = 1e-13)$n
    // (the formula here is closed; R solves it with uniroot, hence tol = 1e-13 for the reference).
    [InlineData(0.5, 0.75, 0.9, 0.05, 76.706928451777443, 77)] // help page example: "=> n = 76.7"
    [InlineData(0.6, 0.35, 0.8, 0.05, 61.441782767580108, 62)]
    [InlineData(0.2, 0.1, 0.85, 0.025, 272.27296536978196, 273)]
    public void NormalPerArmMatchesPowerPropTest(double p1, double p0, double power, double alpha, double n, int rounded)
    {
        var r = SampleSize.PerArm(p1, p0, power, PowerMethod.NormalApproximation, alpha);
        TableAssert.Close(n, r.UnroundedPerArm, TableAssert.ClosedForm);
        Assert.Equal(rounded, r.PerArm);
        Assert.True(r.AchievedPower >= power);
        TableAssert.Close(SampleSize.Power(p1, p0, rounded, PowerMethod.NormalApproximation, alpha).Power, r.AchievedPower, 1e-15);
        Assert.Equal(power, r.TargetPower);
    }

    [Fact]
    public void ContinuityCorrectedMatchesFleissTytunUryFormula()
    {
        // R 4.2.2 (samplesize-reference.R): n <- power.prop.test(p1, p2, power, tol = 1e-13)$n; d <- abs(p1 - p2);
        // n / 4 * (1 + sqrt(1 + 4 / (n * d)))^2  -> 84.517618811669706 (0.5 vs 0.75, 90%), 69.210604320910107 (0.6 vs 0.35, 80%)
        var a = SampleSize.PerArm(0.5, 0.75, 0.9, PowerMethod.NormalApproximationCorrected);
        TableAssert.Close(84.517618811669706, a.UnroundedPerArm, TableAssert.ClosedForm);
        Assert.Equal(85, a.PerArm);
        Assert.Equal("normal_cc", a.MethodName);
        var b = SampleSize.PerArm(0.6, 0.35, 0.8, PowerMethod.NormalApproximationCorrected);
        TableAssert.Close(69.210604320910107, b.UnroundedPerArm, TableAssert.ClosedForm);
        Assert.Equal(70, b.PerArm);
        // Power with correction: pnorm(((n * d - 1) / sqrt(n) - qnorm(0.975) * sqrt(2 * pb * (1 - pb))) /
        //   sqrt(p1 * (1 - p1) + p2 * (1 - p2))) with n = 50, p1 0.6, p2 0.35, pb = 0.475 -> 0.63840255472719121
        TableAssert.Close(0.63840255472719121, SampleSize.Power(0.6, 0.35, 50, PowerMethod.NormalApproximationCorrected).Power, TableAssert.ClosedForm);
    }

    [Fact]
    public void CorrectedPowerInvertsCorrectedSampleSize()
    {
        // At the corrected (unrounded) n the corrected power is the target; at the rounded n it is at least the target.
        var r = SampleSize.PerArm(0.45, 0.25, 0.85, PowerMethod.NormalApproximationCorrected, 0.05);
        Assert.True(r.AchievedPower >= 0.85);
        Assert.True(SampleSize.Power(0.45, 0.25, r.PerArm - 1, PowerMethod.NormalApproximationCorrected).Power < 0.85);
    }

    [Theory]
    // R 4.2.2 brute force (samplesize-reference.R, exact_power): sum over x1, x2 in 0..n of
    // dbinom(x1, n, p1) * dbinom(x2, n, p0) * (p <= alpha), p from fisher.test(matrix(c(x1, x2, n - x1, n - x2), 2))$p.value
    // or chisq.test(..., correct = FALSE)$p.value (NA never rejects). The enumeration is exact: tolerance 1e-10.
    [InlineData(0.7, 0.3, 20, 0.05, PowerMethod.ExactFisher, 0.59938306875870284)]
    [InlineData(0.7, 0.3, 20, 0.05, PowerMethod.ExactChiSquare, 0.71324063421966488)]
    [InlineData(0.6, 0.3, 35, 0.05, PowerMethod.ExactFisher, 0.62285156043197287)]
    [InlineData(0.6, 0.3, 35, 0.05, PowerMethod.ExactChiSquare, 0.70770493496180142)]
    [InlineData(0.4, 0.4, 15, 0.05, PowerMethod.ExactFisher, 0.016082871984552587)] // size of the test
    [InlineData(0.4, 0.4, 15, 0.05, PowerMethod.ExactChiSquare, 0.048658881103558031)]
    [InlineData(0.9, 0.2, 12, 0.01, PowerMethod.ExactFisher, 0.78423605219878412)]
    public void ExactPowerMatchesREnumeration(double p1, double p0, int n, double alpha, PowerMethod method, double expected)
    {
        var r = SampleSize.Power(p1, p0, n, method, alpha);
        TableAssert.Close(expected, r.Power, TableAssert.ClosedForm);
        Assert.Equal(method, r.Method);
    }

    /// <summary>R 4.2.2 exact_power(n, 0.75, 0.35) for n = 1..40 (Fisher), samplesize-reference.R.</summary>
    private static readonly double[] FisherPower75vs35 =
    [
        0, 0, 0, 0.056539111328125023, 0.147684981079101552, 0.083648783241271979, 0.159161666389656120, 0.244255033293296175,
        0.266440902872004393, 0.245350143091423473, 0.316471220989109403, 0.389566213791744997, 0.460775799279266318,
        0.410855132096930753, 0.436277121006380941, 0.497419130124474307, 0.555772368183631071, 0.610059404337573330,
        0.630625237263517602, 0.613591104792097997, 0.634030618904835364, 0.676340669785624349, 0.715686971045128573,
        0.751613295124260894, 0.783556391317466572, 0.770381620154964031, 0.773270909078767721, 0.798024974373583995,
        0.817221065770569632, 0.840642500209276444, 0.861597735671842613, 0.880181348078809433, 0.896429040616608885,
        0.886826828716389626, 0.889942268627190614, 0.898806828566098726, 0.911716670616420144, 0.923299117715090656,
        0.933198306846469094, 0.942446969879876861,
    ];

    [Fact]
    public void ExactFisherPowerSawToothMatchesR()
    {
        for (int n = 1; n <= 40; n++)
            TableAssert.Close(FisherPower75vs35[n - 1], SampleSize.Power(0.75, 0.35, n, PowerMethod.ExactFisher).Power, TableAssert.ClosedForm, $"n = {n}");
    }

    [Fact]
    public void ExactPerArmIsTheFirstCrossing()
    {
        // R 4.2.2: which(sapply(1:40, function(n) exact_power(n, 0.75, 0.35)) >= 0.8)[1] = 29;
        // for chisq.test(correct = FALSE) it is 23 (samplesize-reference.R).
        var fisher = SampleSize.PerArm(0.75, 0.35, 0.8, PowerMethod.ExactFisher);
        Assert.Equal(29, fisher.PerArm);
        TableAssert.Close(0.817221065770569632, fisher.AchievedPower, TableAssert.ClosedForm);
        Assert.True(double.IsNaN(fisher.UnroundedPerArm));
        Assert.Equal("exact_fisher", fisher.MethodName);
        var chisq = SampleSize.PerArm(0.75, 0.35, 0.8, PowerMethod.ExactChiSquare);
        Assert.Equal(23, chisq.PerArm);
        TableAssert.Close(0.81103878670114860, chisq.AchievedPower, TableAssert.ClosedForm);

        // Non-monotone: power 0.7836 at n = 25 but 0.7704 at n = 26 and 0.7733 at 27; a target of 0.78 is first
        // reached at 25, although 26 and 27 fall below it again.
        Assert.Equal(25, SampleSize.PerArm(0.75, 0.35, 0.78, PowerMethod.ExactFisher).PerArm);
    }

    [Fact]
    public void ExactFisherPowerAgreesWithEnumerationOfFisher()
    {
        // Independent route: enumerate every table with TwoByTwoTests.Fisher, unequal rates and several n.
        foreach (int n in new[] { 1, 2, 7, 16, 23 })
        foreach (var (p1, p0) in new[] { (0.55, 0.2), (0.1, 0.05), (1.0, 0.5), (0.3, 0.0) })
        {
            double expected = 0;
            for (int x1 = 0; x1 <= n; x1++)
            for (int x2 = 0; x2 <= n; x2++)
            {
                if (TwoByTwoTests.Fisher(new TwoByTwoTable(x1, n, x2, n)).PValue <= 0.05)
                    expected += MathNet.Numerics.Distributions.Binomial.PMF(p1, n, x1) * MathNet.Numerics.Distributions.Binomial.PMF(p0, n, x2);
            }
            TableAssert.Close(expected, SampleSize.Power(p1, p0, n, PowerMethod.ExactFisher).Power, 1e-12, $"n {n}, {p1} vs {p0}");
        }
    }

    [Fact]
    public void NormalPowerIsUndefinedOnlyForEqualDegenerateRates()
    {
        Assert.True(double.IsNaN(SampleSize.Power(0, 0, 10).Power));
        Assert.True(double.IsNaN(SampleSize.Power(1, 1, 10).Power));
        // With the correction the numerator is -1/sqrt(n) < 0 over a zero sd: power 0.
        Assert.Equal(0.0, SampleSize.Power(1, 1, 10, PowerMethod.NormalApproximationCorrected).Power);
        Assert.Equal(1.0, SampleSize.Power(1, 0, 10).Power);
        // Exact: with both rates 0 no table rejects.
        Assert.Equal(0.0, SampleSize.Power(0, 0, 10, PowerMethod.ExactFisher).Power);
        Assert.Equal(0.0, SampleSize.Power(0, 0, 10, PowerMethod.ExactChiSquare).Power);
        // Exact with certain responses in one arm only: every table is 10/10 vs 0/10, which Fisher rejects.
        Assert.Equal(1.0, SampleSize.Power(1, 0, 10, PowerMethod.ExactFisher).Power, 12);
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>("treatmentRate", () => SampleSize.Power(1.1, 0.3, 10));
        Assert.Throws<ArgumentOutOfRangeException>("controlRate", () => SampleSize.Power(0.5, -0.1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("controlRate", () => SampleSize.Power(0.5, double.NaN, 10));
        Assert.Throws<ArgumentOutOfRangeException>("perArm", () => SampleSize.Power(0.5, 0.3, 0));
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => SampleSize.Power(0.5, 0.3, 10, alpha: 0));
        Assert.Throws<ArgumentOutOfRangeException>("method", () => SampleSize.Power(0.5, 0.3, 10, (PowerMethod)9));
        Assert.Throws<ArgumentOutOfRangeException>("controlRate", () => SampleSize.PerArm(0.4, 0.4));
        Assert.Throws<ArgumentOutOfRangeException>("power", () => SampleSize.PerArm(0.5, 0.3, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => SampleSize.PerArm(0.5, 0.3, alpha: 1));
        Assert.Throws<ArgumentOutOfRangeException>("maxPerArm", () => SampleSize.PerArm(0.5, 0.3, maxPerArm: 0));
        // Target not reached within the limit.
        var e = Assert.Throws<ArgumentOutOfRangeException>("maxPerArm", () => SampleSize.PerArm(0.75, 0.35, 0.8, PowerMethod.ExactFisher, maxPerArm: 28));
        Assert.Contains("28", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>("PerArm", () => new PowerResult(0.5, 0.3, 0, 0.05, PowerMethod.ExactFisher, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>("Power", () => new PowerResult(0.5, 0.3, 5, 0.05, PowerMethod.ExactFisher, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("AchievedPower",
            () => new SampleSizeResult(0.5, 0.3, 0.05, 0.8, PowerMethod.NormalApproximation, 10, 10, double.NaN));
    }

    [Fact]
    public void Codes()
    {
        Assert.Equal(["normal", "normal_cc", "exact_fisher", "exact_chisq"], Enum.GetValues<PowerMethod>().Select(m => m.Code()));
    }
}
