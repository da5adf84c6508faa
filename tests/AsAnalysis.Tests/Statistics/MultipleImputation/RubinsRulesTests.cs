using AsAnalysis.Statistics;
using AsAnalysis.Statistics.MultipleImputation;

namespace AsAnalysis.Tests.Statistics.MultipleImputation;

/// <summary>
/// Rubin's rules against R 4.2.2 with mice 3.15 (script: Statistics/Reference/mi-reference.R). The completed datasets
/// are five imputations by <c>mice(d, m = 5, method = "logreg", seed = 20240618)</c> of 60 simulated subjects (30 per
/// arm, 9 missing responses); each reduces to its responder counts, pasted below, from which the tests rebuild the
/// complete-data estimates and variances.
/// </summary>
public class RubinsRulesTests
{
    // Responders of 30 per arm in imputations 1..5 (R: complete(imp, i), sums by trt).
    private static readonly int[] TreatmentResponders = [13, 13, 12, 13, 12];
    private static readonly int[] ControlResponders = [16, 17, 16, 17, 17];
    private const double Closed = TableAssert.ClosedForm;
    private const double Iter = TableAssert.Iterative;

    private static void Expect(RubinPooled r, double qbar, double ubar, double b, double t, double df, double riv, double fmi,
        double ciLow, double ciHigh, double p, double tolerance, string what)
    {
        TableAssert.Close(qbar, r.Estimate, tolerance, what + " qbar");
        TableAssert.Close(ubar, r.WithinVariance, tolerance, what + " ubar");
        TableAssert.Close(b, r.BetweenVariance, tolerance, what + " b");
        TableAssert.Close(t, r.TotalVariance, tolerance, what + " t");
        TableAssert.Close(df, r.DegreesOfFreedom, tolerance, what + " df");
        TableAssert.Close(riv, r.RelativeIncreaseInVariance, tolerance, what + " riv");
        TableAssert.Close(fmi, r.FractionMissingInformation, tolerance, what + " fmi");
        // t quantiles and tail probabilities (MathNet, iterative): 1e-8.
        TableAssert.Close(ciLow, r.Ci.Lower, Math.Max(tolerance, Iter), what + " ci_low");
        TableAssert.Close(ciHigh, r.Ci.Upper, Math.Max(tolerance, Iter), what + " ci_high");
        TableAssert.Close(p, r.PValue, Math.Max(tolerance, Iter), what + " p");
    }

    [Fact]
    public void LinearProbabilityModelMatchesMicePool()
    {
        // lm(y ~ trt) per completed dataset: slope pT - pC, OLS variance s^2 (1/30 + 1/30), s^2 the pooled within-arm variance.
        var q = new double[5];
        var u = new double[5];
        for (int i = 0; i < 5; i++)
        {
            double pT = TreatmentResponders[i] / 30.0, pC = ControlResponders[i] / 30.0;
            q[i] = pT - pC;
            double s2 = (30 * pT * (1 - pT) + 30 * pC * (1 - pC)) / 58;
            u[i] = s2 * (1.0 / 30 + 1.0 / 30);
        }
        var r = RubinsRules.Pool(q, u, completeDataDegreesOfFreedom: 58);
        // R: pl <- pool(with(imp, lm(y ~ trt))); pl$pooled[2, ]; summary(pl, conf.int = TRUE)[2, ]
        Expect(r, -0.13333333333333314, 0.016904214559386982, 0.00055555555555555696, 0.017570881226053651, 52.941602974679583,
            0.039437896645512317, 0.072336658573817172, -0.39921224243693049, 0.13254557577026421, 0.31905339931408894, Closed, "lm");
        TableAssert.Close(0.037941561273440977, r.Lambda, Closed, "lambda");
        TableAssert.Close(0.13255520067524190, r.StandardError, Closed, "std.error");
        Assert.Equal(5, r.Imputations);
        Assert.Equal(58, r.CompleteDataDegreesOfFreedom);
    }

    [Fact]
    public void LogisticModelMatchesMicePool()
    {
        // glm(y ~ trt, binomial) per completed dataset: the trt coefficient is the log odds ratio, its variance Woolf's.
        var q = new double[5];
        var u = new double[5];
        for (int i = 0; i < 5; i++)
        {
            double a = TreatmentResponders[i], b = 30 - a, c = ControlResponders[i], d = 30 - c;
            q[i] = Math.Log(a * d / (b * c));
            u[i] = 1 / a + 1 / b + 1 / c + 1 / d;
        }
        var r = RubinsRules.Pool(q, u, 58);
        // R: pg <- pool(with(imp, glm(y ~ trt, family = binomial, control = glm.control(epsilon = 1e-15))));
        // pg$pooled[2, ]; summary(pg, conf.int = TRUE)[2, ]. glm's vcov is the inverse information at the weights of its
        // last-but-one iterate, 3e-9 relative from Woolf's variance at the estimate: compared at 1e-8.
        Expect(r, -0.53751538420668976, 0.27202291103287968, 0.0092445595870330102, 0.2831163825373193, 52.80770553611535,
            0.040781386620403946, 0.073616546817520848, -1.60483711656585171, 0.52980634815247218, 0.31700481859172008, Iter, "glm");
        TableAssert.Close(0.53208681860888007, r.StandardError, Iter, "glm std.error");
        // R: pool.scalar(log OR, Woolf variance, n = 60, k = 2) on the same closed forms.
        Expect(r, -0.53751538420669009, 0.27202291172879411, 0.0092445595870329078, 0.28311638323323363, 52.807705546563795,
            0.040781386516072736, 0.073616546718210607, -1.60483711787266925, 0.52980634945928895, 0.31700481917994189, Closed, "log OR");
    }

    private static TwoByTwoTable[] Completed() =>
        Enumerable.Range(0, 5).Select(i => new TwoByTwoTable(TreatmentResponders[i], 30, ControlResponders[i], 30)).ToArray();

    [Fact]
    public void ResponderAnalysesMatchPoolScalar()
    {
        var result = ResponderImputation.Analyse(ResponderImputationOptions.Default, Completed(), 4, 5);
        // R: pool.scalar(pT - pC, pT (1 - pT)/30 + pC (1 - pC)/30, n = 60, k = 2); CI and p with qt/pt at its df.
        Expect(result.Difference, -0.1333333333333333, 0.016340740740740742, 0.00055555555555555534, 0.017007407407407409, 52.806059275185753,
            0.040797824116047127, 0.073632193097551826, -0.39493001278265943, 0.12826334611599283, 0.31125405679133106, Closed, "RD");
        Assert.Equal(result.Difference.FractionMissingInformation, result.FractionMissingInformation);
        // R: pool.scalar(log(pT / pC), 1/xT - 1/30 + 1/xC - 1/30, n = 60, k = 2)
        Expect(result.RiskRatio.LogScale, -0.27603122093751992, 0.073114630467571648, 0.0025393980584419253, 0.076161908137701961, 52.717620055436626,
            0.041678083451189181, 0.074469620077818918, -0.82963513161456981, 0.27757268973952992, 0.32178004281867106, Closed, "log RR");
        TableAssert.Close(0.75878924027996220, result.RiskRatio.Estimate, Closed, "RR");
        TableAssert.Close(0.43620841594952353, result.RiskRatio.Ci.Lower, Iter, "RR low");
        TableAssert.Close(1.31992206044751614, result.RiskRatio.Ci.Upper, Iter, "RR high");
        Assert.Equal(result.RiskRatio.LogScale.PValue, result.RiskRatio.PValue);
        Expect(result.OddsRatio.LogScale, -0.53751538420669009, 0.27202291172879411, 0.0092445595870329078, 0.28311638323323363, 52.807705546563795,
            0.040781386516072736, 0.073616546718210607, -1.60483711787266925, 0.52980634945928895, 0.31700481917994189, Closed, "log OR");
        // R: pool.scalar(pT, pT (1 - pT)/30, n = 30, k = 1) and the same for pC.
        Expect(result.TreatmentRate, 0.42000000000000004, 0.0081111111111111123, 0.00033333333333333316, 0.0085111111111111117, 25.544294365538839,
            0.049315068493150656, 0.11377098650052452, 0.23020093880583367141, 0.60979906119416638077, 0.00011360467948694995, Closed, "pT");
        Expect(result.ControlRate, 0.55333333333333334, 0.0082296296296296301, 0.00033333333333333316, 0.0086296296296296295, 25.571196889688395,
            0.048604860486048576, 0.11310783745169645, 3.6222731820657811e-01, 7.4443934846008863e-01, 2.9425583168192316e-06, Closed, "pC");
        Assert.Equal((30, 4, 30, 5), (result.TreatmentTotal, result.TreatmentMissing, result.ControlTotal, result.ControlMissing));
    }

    [Fact]
    public void InfiniteCompleteDataDfGivesRubins1987Df()
    {
        var options = new ResponderImputationOptions { CompleteDataDegreesOfFreedom = double.PositiveInfinity };
        var result = ResponderImputation.Analyse(options, Completed(), 4, 5);
        // R: pool.scalar(pT - pC, Wald variance)  (n = Inf)
        Expect(result.Difference, -0.1333333333333333, 0.016340740740740742, 0.00055555555555555534, 0.017007407407407409, 2603.2671604938296,
            0.040797824116047127, 0.039935907043004273, -0.38905593555138579, 0.12238926888471918, 0.30668791192092015, Closed, "RD, dfcom Inf");
        Assert.True(double.IsPositiveInfinity(result.TreatmentRate.CompleteDataDegreesOfFreedom));
    }

    [Fact]
    public void NoBetweenImputationVarianceFloorsLambdaForTheDf()
    {
        // R: pool.scalar(rep(0.1, 4), c(0.01, 0.012, 0.011, 0.009), n = 50, k = 2)
        var r = RubinsRules.Pool([0.1, 0.1, 0.1, 0.1], [0.01, 0.012, 0.011, 0.009], 48);
        Expect(r, 0.10000000000000001, 0.010499999999999999, 0, 0.010499999999999999, 46.113028206078646, 0, 0.040722392266426426,
            -0.10624677884732928, 0.30624677884732932, 0.33420598753858177, Closed, "B = 0");
        Assert.Equal(0, r.Lambda);
    }

    [Fact]
    public void UndefinedInputsGiveNaN()
    {
        var r = RubinsRules.Pool([0.1, double.NaN], [0.01, 0.01]);
        Assert.True(double.IsNaN(r.Estimate) && double.IsNaN(r.Ci.Lower) && double.IsNaN(r.PValue) && double.IsNaN(r.FractionMissingInformation));
        var zero = RubinsRules.Pool([0.0, 0.0, 0.0], [0.0, 0.0, 0.0]);
        Assert.Equal(0, zero.Estimate);
        Assert.True(double.IsNaN(zero.Ci.Lower) && double.IsNaN(zero.PValue) && double.IsNaN(zero.DegreesOfFreedom));
        var noWithin = RubinsRules.Pool([0.1, 0.2], [0.0, 0.0], 10);
        Assert.True(double.IsPositiveInfinity(noWithin.RelativeIncreaseInVariance));
        Assert.Equal(1, noWithin.Lambda);
        Assert.True(double.IsNaN(noWithin.Ci.Lower));
        // A zero cell makes the completed table's log odds ratio undefined.
        var tables = new[] { new TwoByTwoTable(0, 10, 3, 10), new TwoByTwoTable(1, 10, 3, 10) };
        var result = ResponderImputation.Analyse(ResponderImputationOptions.Default, tables, 2, 0);
        Assert.True(double.IsNaN(result.OddsRatio.Estimate) && double.IsNaN(result.RiskRatio.Ci.Lower));
        Assert.False(double.IsNaN(result.Difference.Estimate));
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => RubinsRules.Pool(null!, [1.0]));
        Assert.Equal("variances", Assert.Throws<ArgumentException>(() => RubinsRules.Pool([1.0, 2.0], [1.0])).ParamName);
        Assert.Equal("estimates", Assert.Throws<ArgumentException>(() => RubinsRules.Pool([1.0], [1.0])).ParamName);
        Assert.Equal("variances", Assert.Throws<ArgumentOutOfRangeException>(() => RubinsRules.Pool([1.0, 2.0], [1.0, -1.0])).ParamName);
        Assert.Equal("completeDataDegreesOfFreedom", Assert.Throws<ArgumentOutOfRangeException>(() => RubinsRules.Pool([1.0, 2.0], [1.0, 1.0], 0)).ParamName);
        Assert.Equal("completeDataDegreesOfFreedom", Assert.Throws<ArgumentOutOfRangeException>(() => RubinsRules.Pool([1.0, 2.0], [1.0, 1.0], double.NaN)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => RubinsRules.Pool([1.0, 2.0], [1.0, 1.0], 5, 1.5)).ParamName);
    }
}
