using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Logistic;

namespace AsAnalysis.Tests.Statistics.Logistic;

/// <summary>
/// <see cref="LogisticRegression.Fit"/> against R 4.2.2 <c>glm(family = binomial)</c> on beeca's trial01 (complete cases);
/// the R calls are in Statistics/Reference/logistic-reference.R and pasted beside each value. IRLS reproduces glm's iterates,
/// so estimates and standard errors agree to 1e-8 relative (iterative tolerance), deviance and AIC too.
/// </summary>
public class LogisticRegressionTests
{
    private const double Tol = TableAssert.Iterative;
    private static readonly string[] Names = ["trtp", "bl_cov"];
    private static readonly string[] RegionNames = ["trtp", "bl_cov", "region_2", "region_3", "region_4", "region_5"];

    private static LogisticRegressionResult FitTrial01(bool regions = false, LogisticRegressionOptions? options = null)
    {
        var rows = Trial01Row.Complete;
        return LogisticRegression.Fit(Trial01Row.Design(rows, regions), rows.Select(r => r.Outcome).ToArray(), regions ? RegionNames : Names, options);
    }

    private static void Row(LogisticCoefficient c, double est, double se, double z, double p)
    {
        TableAssert.Close(est, c.Estimate, Tol, c.Name + " estimate");
        TableAssert.Close(se, c.StandardError, Tol, c.Name + " se");
        TableAssert.Close(z, c.Z, Tol, c.Name + " z");
        TableAssert.Close(p, c.PValue, Tol, c.Name + " p");
    }

    [Fact]
    public void MatchesGlmOnTrial01()
    {
        // f1 <- glm(aval ~ trtp + bl_cov, family = binomial, data = cc); summary(f1)$coefficients
        var f = FitTrial01();
        Assert.Equal(LogisticFitStatus.Converged, f.Status);
        Assert.Equal("", f.Message);
        Row(f.Coefficients[0], 0.254664963881726936, 0.334298136921252320, 0.76178995858931786, 0.44618537441170764);
        Row(f.Coefficient("trtp"), -0.277467106376107775, 0.247126707865024442, -1.12277264069594063, 0.26153406785753813);
        Row(f.Coefficient("bl_cov"), -0.021144050473410253, 0.020164453008358077, -1.04858041349527986, 0.29437127437094202);
        Assert.Equal("(Intercept)", f.Coefficients[0].Name);
        // confint.default(f1)
        TableAssert.Close(-0.761826553409506890, f.Coefficient("trtp").Ci.Lower, Tol, "trtp lower");
        TableAssert.Close(0.206892340657291340, f.Coefficient("trtp").Ci.Upper, Tol, "trtp upper");
        // vcov(f1)
        TableAssert.Close(-0.028169586908499751, f.Covariance[0][1], Tol, "cov(intercept, trtp)");
        TableAssert.Close(-0.00014427742275484047, f.Covariance[2][1], Tol, "cov(bl_cov, trtp)");
        // deviance(f1), f1$null.deviance, AIC(f1), f1$iter, f1$df.residual
        TableAssert.Close(365.33661259867483, f.Deviance, Tol, "deviance");
        TableAssert.Close(367.79633801248764, f.NullDeviance, TableAssert.ClosedForm, "null deviance");
        TableAssert.Close(371.33661259867483, f.Aic, Tol, "AIC");
        Assert.Equal(4, f.Iterations);
        Assert.Equal(264, f.ResidualDegreesOfFreedom);
        Assert.Equal(267, f.Observations);
        Assert.Equal(0, f.SeparatedObservations);
    }

    [Fact]
    public void MatchesGlmWithSixPredictors()
    {
        // f2 <- glm(aval ~ trtp + bl_cov + region_2 + region_3 + region_4 + region_5, family = binomial, data = cc)
        var f = FitTrial01(regions: true);
        Row(f.Coefficients[0], 0.553525468694840983, 0.508518222487841065, 1.08850665367862232, 0.27637150083781564);
        Row(f.Coefficient("trtp"), -0.290373058618386470, 0.248653209213033077, -1.16778327348918309, 0.24289419672383591);
        Row(f.Coefficient("region_4"), -0.455626739575426820, 0.463955494150974146, -0.98204837601764217, 0.32607601626256627);
        Row(f.Coefficient("region_5"), -0.364134170152598635, 0.437253413396009982, -0.83277604930395599, 0.40497104485411117);
        TableAssert.Close(364.02467204381105, f.Deviance, Tol, "deviance");
        TableAssert.Close(378.02467204381105, f.Aic, Tol, "AIC");
    }

    [Fact]
    public void MatchesGlmWithoutIntercept()
    {
        // f3 <- glm(aval ~ 0 + trtp + bl_cov, family = binomial, data = cc)
        var f = FitTrial01(options: new LogisticRegressionOptions { Intercept = false });
        Assert.Equal(2, f.Coefficients.Count);
        Row(f.Coefficient("trtp"), -0.2135947292521646612, 0.232492139088571220, -0.91871806973565107, 0.35824305586781002);
        Row(f.Coefficient("bl_cov"), -0.0080443973900933205, 0.010459169878241279, -0.76912388686108568, 0.44181976907881082);
        TableAssert.Close(365.91887625624804, f.Deviance, Tol, "deviance");
        TableAssert.Close(370.14059441901077, f.NullDeviance, TableAssert.ClosedForm, "null deviance (mu = 1/2)");
    }

    [Fact]
    public void MatchesGlmWithPriorWeights()
    {
        // s <- cc[1:40, ]; s$w <- rep(1:3, length.out = 40); glm(aval ~ trtp + bl_cov, family = binomial, data = s, weights = w)
        var rows = Trial01Row.Complete.Take(40).ToArray();
        var w = Enumerable.Range(0, 40).Select(i => (double)(i % 3 + 1)).ToArray();
        var f = LogisticRegression.Fit(Trial01Row.Design(rows, false), rows.Select(r => r.Outcome).ToArray(), Names, new LogisticRegressionOptions { Weights = w });
        Row(f.Coefficients[0], 0.295566084788213224, 0.653549030716933377, 0.45224775938230938, 0.651090505628896477);
        Row(f.Coefficient("trtp"), 0.021567969761306548, 0.483783513874583848, 0.04458186180957343, 0.964440600462686537);
        Row(f.Coefficient("bl_cov"), -0.073997137466524004, 0.044552042430077377, -1.66091459404267505, 0.096730600771997632);
        TableAssert.Close(98.519423070629259, f.Deviance, Tol, "deviance");
        TableAssert.Close(101.468223193087184, f.NullDeviance, TableAssert.ClosedForm, "null deviance");
        TableAssert.Close(104.519423070629259, f.Aic, Tol, "AIC");
    }

    [Fact]
    public void ZeroWeightRowsAreLeftOut()
    {
        var rows = Trial01Row.Complete;
        var w = rows.Select((_, i) => i < 100 ? 1.0 : 0.0).ToArray();
        var weighted = LogisticRegression.Fit(Trial01Row.Design(rows, false), rows.Select(r => r.Outcome).ToArray(), Names, new LogisticRegressionOptions { Weights = w });
        var subset = rows.Take(100).ToArray();
        var plain = LogisticRegression.Fit(Trial01Row.Design(subset, false), subset.Select(r => r.Outcome).ToArray(), Names);
        Assert.Equal(100, weighted.Observations);
        TableAssert.Close(plain.Coefficient("trtp").Estimate, weighted.Coefficient("trtp").Estimate, 1e-12, "same fit");
        Assert.True(double.IsNaN(weighted.FittedProbabilities[150]));
    }

    [Fact]
    public void QuasiCompleteSeparationIsReportedWithoutCoefficients()
    {
        // glm(y ~ x, binomial, data.frame(x = c(0,0,0,0,1,1,1), y = c(0,1,0,1,1,1,1))): R gives x = 19.566 (diverging).
        var x = new double[,] { { 0 }, { 0 }, { 0 }, { 0 }, { 1 }, { 1 }, { 1 } };
        bool[] y = [false, true, false, true, true, true, true];
        var f = LogisticRegression.Fit(x, y, ["x"]);
        Assert.Equal(LogisticFitStatus.QuasiCompleteSeparation, f.Status);
        Assert.False(f.HasEstimates);
        Assert.All(f.Coefficients, c => Assert.True(double.IsNaN(c.Estimate) && double.IsNaN(c.StandardError) && double.IsNaN(c.Ci.Lower)));
        Assert.True(double.IsNaN(f.Aic));
        Assert.Equal(3, f.SeparatedObservations);
        Assert.Equal(["x"], f.SeparatingPredictors);
        Assert.Contains("Quasi-complete separation", f.Message);
        Assert.Contains("3 of 7", f.Message);
        // The deviance approaches that of the saturated fit of x = 0 (2 events of 4): -2 (4 log 1/2) = 5.545.
        TableAssert.Close(8 * Math.Log(2), f.Deviance, 1e-6, "deviance limit");
        Assert.Equal("quasi_complete_separation", f.StatusCode);
    }

    [Fact]
    public void CompleteSeparationIsReported()
    {
        // glm(y ~ x, binomial, data.frame(x = 1:4, y = c(0,0,1,1))): R gives x = 47.27 with a warning.
        var x = new double[,] { { 1 }, { 2 }, { 3 }, { 4 } };
        var f = LogisticRegression.Fit(x, [false, false, true, true], ["x"]);
        Assert.Equal(LogisticFitStatus.CompleteSeparation, f.Status);
        Assert.Equal(4, f.SeparatedObservations);
        Assert.Contains("all 4 observations", f.Message);
        Assert.True(double.IsNaN(f.Coefficient("x").Estimate));
    }

    [Fact]
    public void ArmWithAllRespondersIsQuasiCompleteSeparation()
    {
        // Treatment 10/10 responders, control 4/10: the arm coefficient diverges.
        var x = new double[20, 2];
        var y = new bool[20];
        for (int i = 0; i < 20; i++)
        {
            x[i, 0] = i < 10 ? 1 : 0;
            x[i, 1] = i * 0.37 % 3;
            y[i] = i < 10 || i % 10 < 4;
        }
        var f = LogisticRegression.Fit(x, y, ["arm", "cov"]);
        Assert.Equal(LogisticFitStatus.QuasiCompleteSeparation, f.Status);
        Assert.Equal(10, f.SeparatedObservations);
        Assert.Contains("arm", f.SeparatingPredictors);
    }

    [Theory]
    [InlineData(false, "no events")]
    [InlineData(true, "only events")]
    public void OutcomeWithOneValueIsCompleteSeparation(bool value, string words)
    {
        var x = new double[,] { { 1 }, { 2 }, { 3 } };
        var f = LogisticRegression.Fit(x, [value, value, value]);
        Assert.Equal(LogisticFitStatus.CompleteSeparation, f.Status);
        Assert.Contains(words, f.Message);
    }

    [Fact]
    public void ConstantCovariateGivesAClearMessage()
    {
        var x = new double[,] { { 1, 2.5 }, { 0, 2.5 }, { 1, 2.5 }, { 0, 2.5 }, { 1, 2.5 } };
        var f = LogisticRegression.Fit(x, [true, false, false, true, true], ["arm", "basdai"]);
        Assert.Equal(LogisticFitStatus.RankDeficient, f.Status);
        Assert.Contains("'basdai' is constant (every value is 2.5)", f.Message);
        Assert.All(f.Coefficients, c => Assert.True(double.IsNaN(c.Estimate)));
        Assert.True(double.IsNaN(f.Deviance));
    }

    [Fact]
    public void CollinearCovariateIsNamed()
    {
        var x = new double[,] { { 1, 2, 3 }, { 0, 1, 1 }, { 1, 5, 6 }, { 0, 3, 3 }, { 1, 0, 1 }, { 0, 2, 2 } };
        var f = LogisticRegression.Fit(x, [true, false, false, true, true, false], ["arm", "a", "b"]);
        Assert.Equal(LogisticFitStatus.RankDeficient, f.Status);
        Assert.Contains("'b' is a linear combination", f.Message);
    }

    [Fact]
    public void EmptyDataAndTooFewRowsAreNotExceptions()
    {
        var none = LogisticRegression.Fit(new double[0, 1], Array.Empty<bool>());
        Assert.Equal(LogisticFitStatus.NoData, none.Status);
        Assert.Equal(0, none.Observations);
        var few = LogisticRegression.Fit(new double[,] { { 1, 2 }, { 3, 1 } }, [true, false]);
        Assert.Equal(LogisticFitStatus.RankDeficient, few.Status);
        Assert.Contains("2 observations cannot estimate 3 coefficients", few.Message);
    }

    [Fact]
    public void IllegalArgumentsThrowNamingTheParameter()
    {
        var x = new double[,] { { 1 }, { double.NaN } };
        Assert.Equal("predictors", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, [true, false])).ParamName);
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(new double[2, 1], [true])).ParamName);
        Assert.Equal("predictorNames", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(new double[2, 1], [true, false], ["a", "b"])).ParamName);
        Assert.Equal("predictorNames", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(new double[2, 1], [true, false], ["(Intercept)"])).ParamName);
        Assert.Equal("Weights", Assert.Throws<ArgumentException>(() => new LogisticRegressionOptions { Weights = [1, -1] }).ParamName);
        Assert.Equal("MaxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegressionOptions { MaxIterations = 0 }).ParamName);
        Assert.Equal("Tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegressionOptions { Tolerance = 0 }).ParamName);
        Assert.Equal("Level", Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegressionOptions { Level = 1 }).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(new double[2, 1], [true, false], null, new LogisticRegressionOptions { Weights = [1] })).ParamName);
    }

    [Fact]
    public void StatusNamesCoverEveryMember()
    {
        foreach (var s in Enum.GetValues<LogisticFitStatus>())
        {
            Assert.False(string.IsNullOrEmpty(s.Code()));
            Assert.False(string.IsNullOrEmpty(s.ShortLabel()));
            Assert.False(string.IsNullOrEmpty(s.Label()));
        }
    }
}
