using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Statistics.ContinuousAssert;

namespace AsAnalysis.Tests.Statistics;

public class AncovaTests
{
    // Made-up BASDAI-like data (10 treatment, 9 control). R 4.2.2 script:
    //   tb <- c(6.2, 5.8, 7.1, 4.9, 6.6, 5.3, 7.4, 6.0, 5.5, 6.9); tc <- c(-2.9, -1.8, -3.6, -1.2, -2.4, -2.2, -3.9, -2.0, -1.1, -3.3)
    //   cb <- c(5.9, 6.4, 7.0, 5.1, 6.3, 4.8, 6.8, 5.6, 6.1);      cc <- c(-1.1, -1.9, -2.3, -0.4, -1.0, -0.2, -2.6, -1.4, -0.8)
    //   d <- data.frame(chg = c(tc, cc), base = c(tb, cb),
    //                   trt = factor(c(rep("Treatment", 10), rep("Control", 9)), levels = c("Control", "Treatment")))
    //   fit <- lm(chg ~ trt + base, data = d); s <- summary(fit); print(coef(s), digits = 17)
    //                           Estimate          Std. Error             t value               Pr(>|t|)
    //   (Intercept)   4.89671185462935465 0.78922911377325788  6.2044237461267286 1.2622031796334211e-05
    //   trtTreatment -0.96442649745216935 0.19311812771721298 -4.9939718702347804 1.3246878570359982e-04
    //   base         -1.03278530910489286 0.12947638593922572 -7.9766306544088028 5.7598455673902424e-07
    //   print(s$sigma, digits = 17)  -> 0.41756887228300738;  fit$df.residual -> 16
    //   print(confint(fit, "trtTreatment", level = 0.95), digits = 17) -> -1.3738186397755761 -0.55503435512876265
    //   print(confint(fit, "trtTreatment", level = 0.90), digits = 17) -> -1.3015882842266835 -0.62726471067765532
    //   LS means (emmeans is not installed; predictions at the overall mean baseline, which is what emmeans uses):
    //   mb <- mean(d$base)  # 6.0894736842105264
    //   print(predict(fit, newdata = data.frame(trt = factor(c("Treatment", "Control"), levels = c("Control", "Treatment")),
    //                                           base = mb)), digits = 17)  -> -2.3568336040562934 -1.3924071066041241
    private static readonly double[] TreatmentBaseline = [6.2, 5.8, 7.1, 4.9, 6.6, 5.3, 7.4, 6.0, 5.5, 6.9];
    private static readonly double[] TreatmentChange = [-2.9, -1.8, -3.6, -1.2, -2.4, -2.2, -3.9, -2.0, -1.1, -3.3];
    private static readonly double[] ControlBaseline = [5.9, 6.4, 7.0, 5.1, 6.3, 4.8, 6.8, 5.6, 6.1];
    private static readonly double[] ControlChange = [-1.1, -1.9, -2.3, -0.4, -1.0, -0.2, -2.6, -1.4, -0.8];

    [Fact]
    public void MatchesRLm()
    {
        var r = Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, ControlChange, ControlBaseline);
        Assert.Equal(10, r.TreatmentN);
        Assert.Equal(9, r.ControlN);
        Close(-0.96442649745216935, r.Difference);
        Close(0.19311812771721298, r.StandardError);
        Close(-4.9939718702347804, r.Test.Statistic);
        Close(1.3246878570359982e-04, r.Test.PValue);
        Assert.Equal(16.0, r.Test.DegreesOfFreedom);
        Assert.Equal(TestMethod.Ancova, r.Test.Method);
        Assert.Equal("ancova", r.Test.MethodName);
        Close(-1.03278530910489286, r.BaselineSlope);
        Close(0.41756887228300738, r.ResidualStandardDeviation);
        Close(-1.3738186397755761, r.Ci.Lower);
        Close(-0.55503435512876265, r.Ci.Upper);
        Close(-2.3568336040562934, r.TreatmentLsMean);
        Close(-1.3924071066041241, r.ControlLsMean);
        Close(r.Difference, r.TreatmentLsMean - r.ControlLsMean);
    }

    [Fact]
    public void NinetyPercentIntervalMatchesRConfint()
    {
        var r = Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, ControlChange, ControlBaseline, 0.90);
        Close(-1.3015882842266835, r.Ci.Lower);
        Close(-0.62726471067765532, r.Ci.Upper);
        Assert.Equal(0.90, r.Ci.Level);
    }

    [Fact]
    public void FourSubjectsMatchR()
    {
        // R 4.2.2: d <- data.frame(chg = c(-2, -1, 0.5, 0.7), base = c(5, 6, 4, 5.5), trt = factor(c("T","T","C","C"), levels = c("C","T")))
        //   fit <- lm(chg ~ trt + base, data = d); s <- summary(fit)
        //   trtT -2.40000000000000036 (SE 0.59160797830996192, t -4.05674042269687796, p 0.15386143456985002)
        //   base 0.40000000000000008; sigma 0.50990195135927874; confint(fit)[2, ] -9.9170920959607756 5.1170920959607740
        //   predict at mean(d$base): T -1.64999999999999991, C 0.75000000000000044
        var r = Ancova.ChangeFromBaseline([-2, -1], [5, 6], [0.5, 0.7], [4, 5.5]);
        Close(-2.40000000000000036, r.Difference);
        Close(0.59160797830996192, r.StandardError);
        Close(-4.05674042269687796, r.Test.Statistic);
        Close(0.15386143456985002, r.Test.PValue);
        Assert.Equal(1.0, r.Test.DegreesOfFreedom);
        Close(0.40000000000000008, r.BaselineSlope);
        Close(0.50990195135927874, r.ResidualStandardDeviation);
        Close(-9.9170920959607756, r.Ci.Lower);
        Close(5.1170920959607740, r.Ci.Upper);
        Close(-1.64999999999999991, r.TreatmentLsMean);
        Close(0.75000000000000044, r.ControlLsMean);
    }

    [Fact]
    public void NoResidualDegreesOfFreedomGivesCoefficientsButNoInference()
    {
        // R 4.2.2: d <- data.frame(chg = c(-2, -1, 0.5), base = c(5, 6, 4), trt = factor(c("T","T","C"), levels = c("C","T")))
        //   coef(summary(lm(chg ~ trt + base, data = d))): trtT -3.5000000000000027 (SE NaN), base 1.0000000000000009 (SE NaN); sigma NaN
        var r = Ancova.ChangeFromBaseline([-2, -1], [5, 6], [0.5], [4]);
        Close(-3.5000000000000027, r.Difference);
        Close(1.0000000000000009, r.BaselineSlope);
        Assert.True(double.IsNaN(r.StandardError));
        Assert.True(double.IsNaN(r.ResidualStandardDeviation));
        Assert.True(double.IsNaN(r.Test.Statistic));
        Assert.True(double.IsNaN(r.Test.PValue));
        Assert.Equal(0.0, r.Test.DegreesOfFreedom);
        Assert.True(double.IsNaN(r.Ci.Lower) && double.IsNaN(r.Ci.Upper));
    }

    [Fact]
    public void NotEstimableModelsAreNaN()
    {
        AssertNotEstimable(Ancova.ChangeFromBaseline([], [], ControlChange, ControlBaseline));          // empty arm
        AssertNotEstimable(Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, [], []));      // empty arm
        AssertNotEstimable(Ancova.ChangeFromBaseline([-1], [5], [0.5], [4]));                           // two subjects
        // Baseline constant overall (R drops it as aliased with the intercept) or constant within each arm (aliased with arm).
        AssertNotEstimable(Ancova.ChangeFromBaseline([-2, -1, -3], [5, 5, 5], [0.5, 0.7], [5, 5]));
        AssertNotEstimable(Ancova.ChangeFromBaseline([-2, -1, -3], [5, 5, 5], [0.5, 0.7], [6, 6]));
    }

    [Fact]
    public void PerfectFitRecoversTheCoefficients()
    {
        // chg = 1 - 0.5 base - 2 trt exactly. R warns "essentially perfect fit" and reports rounding-level standard errors; so do we.
        var r = Ancova.ChangeFromBaseline([-2.5, -3, -3.5], [3, 4, 5], [-0.5, -1, -2], [3, 4, 6]);
        Close(-2.0, r.Difference, 1e-12);
        Close(-0.5, r.BaselineSlope, 1e-12);
        Assert.True(r.ResidualStandardDeviation < 1e-12);
        Assert.True(r.Ci.Upper - r.Ci.Lower < 1e-10);
    }

    [Fact]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Equal("treatmentBaseline", Assert.Throws<ArgumentException>(
            () => Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline[..9], ControlChange, ControlBaseline)).ParamName);
        Assert.Equal("controlBaseline", Assert.Throws<ArgumentException>(
            () => Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, ControlChange, [.. ControlBaseline, 5.0])).ParamName);
        Assert.Equal("controlChange", Assert.Throws<ArgumentException>(
            () => Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, [.. ControlChange[..8], double.NaN], ControlBaseline)).ParamName);
        Assert.Equal("treatmentBaseline", Assert.Throws<ArgumentException>(
            () => Ancova.ChangeFromBaseline(TreatmentChange, [.. TreatmentBaseline[..9], double.NaN], ControlChange, ControlBaseline)).ParamName);
        Assert.Equal("treatmentChange", Assert.Throws<ArgumentNullException>(
            () => Ancova.ChangeFromBaseline(null!, TreatmentBaseline, ControlChange, ControlBaseline)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(
            () => Ancova.ChangeFromBaseline(TreatmentChange, TreatmentBaseline, ControlChange, ControlBaseline, 1.0)).ParamName);
    }

    private static void AssertNotEstimable(AncovaResult r)
    {
        Assert.All(new[] { r.Difference, r.StandardError, r.TreatmentLsMean, r.ControlLsMean, r.BaselineSlope, r.ResidualStandardDeviation,
                           r.Test.Statistic, r.Test.PValue, r.Ci.Lower, r.Ci.Upper },
            v => Assert.True(double.IsNaN(v)));
    }
}
