using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Logistic;
using MathNet.Numerics.Random;

namespace AsAnalysis.Tests.Statistics.Logistic;

/// <summary>
/// <see cref="MarginalStandardization.Estimate"/> on beeca's trial01 (267 complete cases, model aval ~ trtp + bl_cov).
/// References: our R 4.2.2 code in Statistics/Reference/logistic-reference.R (glm + sandwich 3.0-2), beeca 0.2.0's published
/// unit-test values and its SAS comparison data sets; calls pasted beside each value.
/// </summary>
public class MarginalStandardizationTests
{
    private const double Tol = TableAssert.Iterative;

    private static MarginalEffectResult Trial01(MarginalVarianceMethod method, MarginalStandardizationOptions? options = null, int take = int.MaxValue, bool regions = false)
    {
        var rows = Trial01Row.Complete.Take(take).ToArray();
        var design = Trial01Row.Design(rows, regions);
        int k = regions ? 5 : 1;
        var cov = new double[rows.Length, k];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < k; j++) cov[i, j] = design[i, j + 1];
        string[] names = regions ? ["bl_cov", "region_2", "region_3", "region_4", "region_5"] : ["bl_cov"];
        return MarginalStandardization.Estimate(rows.Select(r => r.Treated).ToArray(), rows.Select(r => r.Outcome).ToArray(), cov, method, names, options);
    }

    [Fact]
    public void MarginalRisksMatchR()
    {
        // th <- gcomp(f1)$theta: 0.41910826844771176 0.48747225653288578
        var r = Trial01(MarginalVarianceMethod.Ge);
        TableAssert.Close(0.41910826844771176, r.Treatment.Risk, Tol, "theta1");
        TableAssert.Close(0.48747225653288578, r.Control.Risk, Tol, "theta0");
        TableAssert.Close(-0.068363988085174021, r.Difference.Estimate, Tol, "difference");
        TableAssert.Close(Math.Exp(-0.151104095349126166), r.RiskRatio.Estimate, Tol, "risk ratio");
        TableAssert.Close(Math.Exp(-0.276313643247237617), r.OddsRatio.Estimate, Tol, "odds ratio");
        Assert.Equal(267, r.TreatmentN + r.ControlN);
        Assert.Equal("bl_cov", r.CovariateList);
        Assert.Equal("ge", r.MethodCode);
        Assert.True(r.IsDefined);
    }

    [Fact]
    public void GeModelBasedMatchesRAndSasMargins()
    {
        // Vge <- ge(f1, vcov(f1)): [1.8124120196882569e-03, -1.3158221817115577e-06; ., 1.8714391676663488e-03]
        // contr(th, Vge): se_diff 0.060716413198722709, se_logrr 0.134931661659757451, se_logor 0.246175293539390272
        var r = Trial01(MarginalVarianceMethod.Ge);
        TableAssert.Close(Math.Sqrt(1.8124120196882569e-03), r.Treatment.StandardError, Tol, "se theta1");
        TableAssert.Close(Math.Sqrt(1.8714391676663488e-03), r.Control.StandardError, Tol, "se theta0");
        TableAssert.Close(-1.3158221817115577e-06, r.RiskCovariance, 1e-6, "covariance (a difference of rounded terms)");
        TableAssert.Close(0.060716413198722709, r.Difference.StandardError, Tol, "se diff");
        TableAssert.Close(0.134931661659757451, r.RiskRatio.StandardError, Tol, "se log rr");
        TableAssert.Close(0.246175293539390272, r.OddsRatio.StandardError, Tol, "se log or");
        // beeca::get_marginal_effect(fit, trt = "trtp", method = "Ge", type = "model-based", contrast = "diff", reference = "0"):
        // -0.068363988085174021 0.060716413198722702
        TableAssert.Close(0.060716413198722702, r.Difference.StandardError, Tol, "beeca Ge");
        // SAS %Margins macro (beeca data set margins_trial01): Estimate -0.0683639878029462, StdErr 0.0607164133982669,
        // Lower -0.187365971333995, Upper 0.0506379957281022, Pr 0.260184298459794 (SAS's own convergence: 1e-7).
        TableAssert.Close(-0.0683639878029462, r.Difference.Estimate, 1e-7, "SAS estimate");
        TableAssert.Close(0.0607164133982669, r.Difference.StandardError, 1e-7, "SAS se");
        TableAssert.Close(-0.187365971333995, r.Difference.Ci.Lower, 1e-7, "SAS lower");
        TableAssert.Close(0.0506379957281022, r.Difference.Ci.Upper, 1e-7, "SAS upper");
        TableAssert.Close(0.260184298459794, r.Difference.PValue, 1e-7, "SAS p");
        // The SAS macro of Ge et al. (2011) (beeca data set ge_macro_trial01: diff -0.068363773916101, se 0.0607164177398757,
        // pt 0.419108534498632, pC 0.487472308414733) stops its Newton iterations earlier: agreement 1e-5.
        TableAssert.Close(-0.068363773916101, r.Difference.Estimate, 1e-5, "Ge macro diff");
        TableAssert.Close(0.0607164177398757, r.Difference.StandardError, 1e-6, "Ge macro se");
        TableAssert.Close(0.419108534498632, r.Treatment.Risk, 1e-5, "Ge macro pT");
        TableAssert.Close(0.487472308414733, r.Control.Risk, 1e-5, "Ge macro pC");
    }

    [Fact]
    public void GeHc0MatchesSandwich()
    {
        // Vhc0 <- ge(f1, sandwich::vcovHC(f1, type = "HC0")); contr(th, Vhc0):
        // se_diff 0.060768529921846282, se_logrr 0.135015948004377440, se_logor 0.246376845723603299
        // beeca (Ge, HC0): 0.060768529921846316
        var r = Trial01(MarginalVarianceMethod.Ge, new MarginalStandardizationOptions { GeCovariance = GeCovariance.Hc0 });
        TableAssert.Close(Math.Sqrt(1.8084569867118762e-03), r.Treatment.StandardError, Tol, "se theta1");
        TableAssert.Close(0.060768529921846282, r.Difference.StandardError, Tol, "se diff");
        TableAssert.Close(0.135015948004377440, r.RiskRatio.StandardError, Tol, "se log rr");
        TableAssert.Close(0.246376845723603299, r.OddsRatio.StandardError, Tol, "se log or");
        Assert.Equal(GeCovariance.Hc0, r.GeCovariance);
    }

    [Fact]
    public void YeMatchesBeecaPublishedAndR()
    {
        // beeca tests/testthat/test-estimate_varcov.R: round((t(gr) %*% V1 %*% gr)[1, 1], 9) == 0.003706813 (RobinCar form)
        var r = Trial01(MarginalVarianceMethod.Ye);
        Assert.Equal(0.003706813, Math.Round(r.Difference.StandardError * r.Difference.StandardError, 9));
        // Vye <- ye(f1): diag 1.8221121519765521e-03, 1.8925458190426584e-03, off 3.9225250335355753e-06;
        // contr(th, Vye): se_diff 0.060883601412466883, se_logrr 0.135274974612581311, se_logor 0.246843720697635882
        TableAssert.Close(Math.Sqrt(1.8221121519765521e-03), r.Treatment.StandardError, Tol, "se theta1");
        TableAssert.Close(Math.Sqrt(1.8925458190426584e-03), r.Control.StandardError, Tol, "se theta0");
        TableAssert.Close(3.9225250335355753e-06, r.RiskCovariance, 1e-7, "covariance");
        TableAssert.Close(0.060883601412466883, r.Difference.StandardError, Tol, "se diff");
        TableAssert.Close(0.135274974612581311, r.RiskRatio.StandardError, Tol, "se log rr");
        TableAssert.Close(0.246843720697635882, r.OddsRatio.StandardError, Tol, "se log or");
        // beeca::get_marginal_effect(..., method = "Ye", contrast = "logor"): -0.27631364324723762 0.24684372069763588
        TableAssert.Close(0.24684372069763588, r.OddsRatio.StandardError, Tol, "beeca logor se");
        // beeca contrast = "rr": 0.85975819717124335 (its SE 0.1163 is on the ratio scale: 0.8598 x 0.13527 by the delta method)
        TableAssert.Close(0.85975819717124335, r.RiskRatio.Estimate, Tol, "beeca rr");
        TableAssert.Close(0.11630376829529863, r.RiskRatio.Estimate * r.RiskRatio.StandardError, Tol, "beeca rr se");
    }

    [Fact]
    public void YePaperFormMatchesBeecaPublished()
    {
        // beeca test-estimate_varcov.R, "Ye - mod": fit3 on data01[1:150, ]; round(var diff, 9) == 0.006669802
        var r = Trial01(MarginalVarianceMethod.Ye, new MarginalStandardizationOptions { YeForm = YeVarianceForm.WithinArmResidual }, take: 150);
        Assert.Equal(0.006669802, Math.Round(r.Difference.StandardError * r.Difference.StandardError, 9));
        // th150 and contr(th150, ye(f150, original = TRUE)): diff -0.021358390860837406, se 0.081668858239912795
        TableAssert.Close(-0.021358390860837406, r.Difference.Estimate, Tol, "diff");
        TableAssert.Close(0.081668858239912795, r.Difference.StandardError, Tol, "se");
        TableAssert.Close(0.329703138882416036, r.OddsRatio.StandardError, Tol, "se log or");
        // All 267 rows: Vyeo <- ye(f1, original = TRUE); se_diff 0.060883603869078845
        var all = Trial01(MarginalVarianceMethod.Ye, new MarginalStandardizationOptions { YeForm = YeVarianceForm.WithinArmResidual });
        TableAssert.Close(0.060883603869078845, all.Difference.StandardError, Tol, "se all rows");
    }

    [Fact]
    public void SixCovariatesMatchR()
    {
        // th2 <- gcomp(f2)$theta: 0.41771906157662780 0.48890035529197362
        // contr(th2, ge(f2, vcov(f2))): se_diff 0.060739647829328454, se_logrr 0.135055769784441060
        // contr(th2, ye(f2)): se_diff 0.060730732259295123, se_logor 0.246330473287041246
        var ge = Trial01(MarginalVarianceMethod.Ge, regions: true);
        TableAssert.Close(0.41771906157662780, ge.Treatment.Risk, Tol, "theta1");
        TableAssert.Close(0.48890035529197362, ge.Control.Risk, Tol, "theta0");
        TableAssert.Close(0.060739647829328454, ge.Difference.StandardError, Tol, "Ge se diff");
        TableAssert.Close(0.135055769784441060, ge.RiskRatio.StandardError, Tol, "Ge se log rr");
        var ye = Trial01(MarginalVarianceMethod.Ye, regions: true);
        TableAssert.Close(0.060730732259295123, ye.Difference.StandardError, Tol, "Ye se diff");
        TableAssert.Close(0.246330473287041246, ye.OddsRatio.StandardError, Tol, "Ye se log or");
        Assert.Equal("bl_cov;region_2;region_3;region_4;region_5", ye.CovariateList);
    }

    [Fact]
    public void WithoutCovariatesTheEstimatorsReduceToTheUnadjustedOnes()
    {
        // Identities: the risks are the arm proportions; Ge's (model-based) variance of the difference is the unpooled
        // Wald variance p1 q1 / n1 + p0 q0 / n0 at the exact MLE (here, as in R, the information of the last IRLS
        // iteration is used, so it agrees to 1e-6); Ye's per-arm variance is p q / (n_a - 1) (sample variances).
        bool[] t = [.. Enumerable.Repeat(true, 30), .. Enumerable.Repeat(false, 30)];
        bool[] y = t.Select((tr, i) => tr ? i % 3 != 0 : i % 2 == 0).ToArray();
        double x1 = y.Take(30).Count(v => v), x0 = y.Skip(30).Count(v => v);
        double q1 = x1 / 30, q0 = x0 / 30;
        var ge = MarginalStandardization.Estimate(t, y, new double[60, 0], MarginalVarianceMethod.Ge);
        TableAssert.Close(q1, ge.Treatment.Risk, 1e-12, "p1");
        TableAssert.Close(q0, ge.Control.Risk, 1e-12, "p0");
        TableAssert.Close(Math.Sqrt(q1 * (1 - q1) / 30 + q0 * (1 - q0) / 30), ge.Difference.StandardError, 1e-6, "Ge = Wald");
        var ye = MarginalStandardization.Estimate(t, y, new double[60, 0], MarginalVarianceMethod.Ye);
        TableAssert.Close(Math.Sqrt(q1 * (1 - q1) / 29), ye.Treatment.StandardError, 1e-9, "Ye arm 1");
        TableAssert.Close(Math.Sqrt(q1 * (1 - q1) / 29 + q0 * (1 - q0) / 29), ye.Difference.StandardError, 1e-9, "Ye diff");
        Assert.Equal("", ge.CovariateList);
    }

    [Fact]
    public void GeStandardErrorAgreesWithANonparametricBootstrap()
    {
        // Sanity property, not a reference: 400 nonparametric bootstrap resamples of trial01 (stratified by arm, Xoshiro256**
        // seed 20240517); the bootstrap SD of the standardised difference is within 10% of Ge's delta-method SE.
        var rows = Trial01Row.Complete;
        var arm1 = rows.Where(r => r.Treated).ToArray();
        var arm0 = rows.Where(r => !r.Treated).ToArray();
        var rng = new Xoshiro256StarStar(20240517);
        var estimates = new List<double>();
        for (int b = 0; b < 400; b++)
        {
            var sample = arm1.Select(_ => arm1[rng.Next(arm1.Length)]).Concat(arm0.Select(_ => arm0[rng.Next(arm0.Length)])).ToArray();
            var cov = new double[sample.Length, 1];
            for (int i = 0; i < sample.Length; i++) cov[i, 0] = sample[i].Covariate;
            var r = MarginalStandardization.Estimate(sample.Select(s => s.Treated).ToArray(), sample.Select(s => s.Outcome).ToArray(), cov, MarginalVarianceMethod.Ge);
            estimates.Add(r.Difference.Estimate);
        }
        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(e => (e - mean) * (e - mean)) / (estimates.Count - 1));
        double ge = Trial01(MarginalVarianceMethod.Ge).Difference.StandardError;
        Assert.InRange(sd / ge, 0.9, 1.1);
    }

    [Fact]
    public void EmptyArmGivesNaNWithAMessage()
    {
        bool[] t = [true, true, true, true];
        var r = MarginalStandardization.Estimate(t, [true, false, true, false], new double[,] { { 1 }, { 2 }, { 3 }, { 4 } }, MarginalVarianceMethod.Ye, ["basdai"]);
        Assert.False(r.IsDefined);
        Assert.True(double.IsNaN(r.Difference.Estimate) && double.IsNaN(r.Treatment.Risk) && double.IsNaN(r.Ci().Lower));
        Assert.Contains("control arm has no subject", r.Message);
        var none = MarginalStandardization.Estimate([], [], new double[0, 0], MarginalVarianceMethod.Ge);
        Assert.Contains("No subject", none.Message);
    }

    [Fact]
    public void AllRespondersInOneArmIsSeparation()
    {
        bool[] t = [.. Enumerable.Repeat(true, 10), .. Enumerable.Repeat(false, 10)];
        bool[] y = t.Select((tr, i) => tr || i % 2 == 0).ToArray();
        var cov = new double[20, 1];
        for (int i = 0; i < 20; i++) cov[i, 0] = i % 7;
        var r = MarginalStandardization.Estimate(t, y, cov, MarginalVarianceMethod.Ge, ["basdai"]);
        Assert.Equal(LogisticFitStatus.QuasiCompleteSeparation, r.Model.Status);
        Assert.StartsWith("The logistic working model could not be estimated: Quasi-complete separation", r.Message);
        Assert.True(double.IsNaN(r.Difference.StandardError));
    }

    [Fact]
    public void ZeroRespondersAnywhereIsSeparation()
    {
        bool[] t = [true, true, true, false, false, false];
        var r = MarginalStandardization.Estimate(t, new bool[6], new double[,] { { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 } }, MarginalVarianceMethod.Ye);
        Assert.Equal(LogisticFitStatus.CompleteSeparation, r.Model.Status);
        Assert.Contains("no events", r.Message);
    }

    [Fact]
    public void ConstantCovariateGivesAClearMessage()
    {
        bool[] t = [true, false, true, false, true, false];
        var cov = new double[,] { { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 0 }, { 5, 0 }, { 6, 0 } };
        var r = MarginalStandardization.Estimate(t, [true, false, false, true, true, false], cov, MarginalVarianceMethod.Ge, ["basdai", "strat1"]);
        Assert.Equal(LogisticFitStatus.RankDeficient, r.Model.Status);
        Assert.Contains("'strat1' is constant (every value is 0)", r.Message);
    }

    [Fact]
    public void IllegalArgumentsThrowNamingTheParameter()
    {
        bool[] t = [true, false];
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => MarginalStandardization.Estimate(t, [true], new double[2, 0], MarginalVarianceMethod.Ge)).ParamName);
        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => MarginalStandardization.Estimate(t, [true, false], new double[3, 0], MarginalVarianceMethod.Ge)).ParamName);
        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => MarginalStandardization.Estimate(t, [true, false], new double[,] { { 1 }, { double.NaN } }, MarginalVarianceMethod.Ge)).ParamName);
        Assert.Equal("covariateNames", Assert.Throws<ArgumentException>(() => MarginalStandardization.Estimate(t, [true, false], new double[2, 1], MarginalVarianceMethod.Ge, ["arm"])).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => MarginalStandardization.Estimate(t, [true, false], new double[2, 0], (MarginalVarianceMethod)9)).ParamName);
        Assert.Equal("Model", Assert.Throws<ArgumentException>(() => new MarginalStandardizationOptions { Model = new LogisticRegressionOptions { Intercept = false } }).ParamName);
        Assert.Equal("GeCovariance", Assert.Throws<ArgumentOutOfRangeException>(() => new MarginalStandardizationOptions { GeCovariance = (GeCovariance)5 }).ParamName);
    }

    [Fact]
    public void EnumNamesCoverEveryMember()
    {
        foreach (var m in Enum.GetValues<MarginalVarianceMethod>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        foreach (var m in Enum.GetValues<GeCovariance>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        foreach (var m in Enum.GetValues<YeVarianceForm>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        Assert.Equal(["ge", "ye"], Enum.GetValues<MarginalVarianceMethod>().Select(m => m.Code()));
    }
}

internal static class MarginalTestExtensions
{
    internal static ConfidenceInterval Ci(this MarginalEffectResult r) => r.Difference.Ci;
}
