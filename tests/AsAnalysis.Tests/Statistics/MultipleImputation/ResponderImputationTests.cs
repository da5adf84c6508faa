using AsAnalysis.Statistics;
using AsAnalysis.Statistics.MultipleImputation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace AsAnalysis.Tests.Statistics.MultipleImputation;

/// <summary>The imputation procedure: its logistic fit against R's glm, determinism, and coverage by simulation.</summary>
public class ResponderImputationTests
{
    // The 51 complete cases of the data in Statistics/Reference/mi-reference.R (R 4.2.2, set.seed(18)).
    private static readonly double[] X = [0.93, 1.82, -0.29, -0.34, 0.37, -1.33, 0.06, 1.55, -1.88, 0.91, -1.31, 0.04, 1.21, -0.92, -0.68, 1.33, 0.46, 1.11, -0.77,
        -0.68, 0.46, -1.95, -0.12, -0.26, -1.75, -0.91, 0.21, 0.31, -1.69, 1.04, 0.67, -1.27, 0.61, 0.69, 2.53, 0.45, 0.99, -0.13, 0.51, -1.32, -0.32, -0.56,
        -0.90, 0.50, -0.55, -0.09, -2.13, -0.90, 1.23, 0.08, 0.43];
    private static readonly int[] Y = [1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1,
        0, 1, 1, 0, 0, 0, 1, 1, 0];
    private const int TreatmentCases = 25;

    private static double[][] Design() => X.Select((x, i) => new double[] { 1, i < TreatmentCases ? 1 : 0, x }).ToArray();

    private static void ExpectFit(LogisticIrls.Fit fit, double[] coefficients, double[] covariance)
    {
        Assert.True(fit.Converged);
        for (int i = 0; i < 3; i++) TableAssert.Close(coefficients[i], fit.Coefficients[i], TableAssert.Iterative, $"beta[{i}]");
        // Covariance = (R'R)^-1, column by column.
        for (int c = 0; c < 3; c++)
        {
            var e = new double[3];
            e[c] = 1;
            var col = new double[3];
            for (int i = 0; i < 3; i++)
            {
                double v = e[i];
                for (int k = 0; k < i; k++) v -= fit.InformationCholesky[k, i] * col[k];
                col[i] = v / fit.InformationCholesky[i, i];
            }
            LogisticIrls.BackSubstitute(fit.InformationCholesky, col);
            for (int r = 0; r < 3; r++) TableAssert.Close(covariance[r + 3 * c], col[r], TableAssert.Iterative, $"cov[{r},{c}]");
        }
    }

    [Fact]
    public void LogisticFitMatchesGlm()
    {
        var fit = LogisticIrls.Estimate(Design(), Y.Select(v => (double)v).ToArray(), Enumerable.Repeat(1.0, Y.Length).ToArray());
        // R: gf <- glm(y ~ trt + x, family = binomial, control = glm.control(epsilon = 1e-15, maxit = 100)); coef(gf);
        // X <- model.matrix(gf); mu <- fitted(gf); as.vector(solve(t(X) %*% (X * (mu * (1 - mu))))) — the inverse
        // information at the estimate (vcov(gf) uses the weights of glm's last-but-one iterate and differs by 1e-8).
        ExpectFit(fit, [0.22669406335285641, -0.48279029132672874, 1.46463741316437845],
            [0.2175686731988534239, -0.2181251299117398512, 0.0074686379587405533, -0.2181251299117398512, 0.4643978787321988988,
             -0.0214177715845953291, 0.0074686379587405568, -0.0214177715845953326, 0.1872221620783434681]);
    }

    [Fact]
    public void WeightedLogisticFitMatchesGlm()
    {
        var w = Enumerable.Range(0, Y.Length).Select(i => new[] { 1, 0.5, 2 }[i % 3]).ToArray();
        var fit = LogisticIrls.Estimate(Design(), Y.Select(v => (double)v).ToArray(), w);
        // R: gw <- glm(y ~ trt + x, family = quasibinomial, weights = ww <- rep(c(1, 0.5, 2), length.out = 51), control = as
        // above); coef(gw); mu <- fitted(gw); as.vector(solve(t(X) %*% (X * (ww * mu * (1 - mu)))))
        ExpectFit(fit, [0.32661193013275824, -0.77843633884171248, 1.38658604769525318],
            [0.1738755034047597126, -0.1736973081857578483, -0.0020231516232563948, -0.1736973081857578483, 0.3800173803289754182,
             -0.0127007770388254393, -0.0020231516232563952, -0.0127007770388254393, 0.1671691324843894710]);
    }

    [Fact]
    public void DependentColumnsAreDropped()
    {
        var x = X.Select((v, i) => new double[] { 1, v, 2 * v - 1, 0, i % 2 }).ToArray();
        Assert.Equal([0, 1, 4], LogisticIrls.IndependentColumns(x));
    }

    /// <summary>Pilot-like data: 30 per arm, two baseline covariates (one binary), 4 and 6 missing responses.</summary>
    private static List<ImputationSubject> PilotLike()
    {
        var random = new Xoshiro256StarStar(7, false);
        var subjects = new List<ImputationSubject>();
        for (int i = 0; i < 60; i++)
        {
            bool treatment = i < 30;
            double basdai = Math.Round(4 + 4 * random.NextDouble(), 1), positive = random.NextDouble() < 0.6 ? 1 : 0;
            bool responder = random.NextDouble() < 1 / (1 + Math.Exp(-(-0.5 + (treatment ? 0.4 : 0.9) + 0.3 * (6 - basdai) + 0.5 * positive)));
            bool missing = i % 30 < (treatment ? 4 : 6);
            subjects.Add(new ImputationSubject(treatment, missing ? null : responder, [basdai, positive]));
        }
        return subjects;
    }

    [Fact]
    public void SameSeedSameBytesAndImputationsAreAPrefix()
    {
        var data = PilotLike();
        var a = ResponderImputation.Run(data, new ResponderImputationOptions { Imputations = 40, Seed = 11 });
        var b = ResponderImputation.Run(data, new ResponderImputationOptions { Imputations = 40, Seed = 11 });
        Assert.Equal(a.CompletedTables, b.CompletedTables);
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.Difference.Estimate), BitConverter.DoubleToInt64Bits(b.Difference.Estimate));
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.Difference.Ci.Lower), BitConverter.DoubleToInt64Bits(b.Difference.Ci.Lower));
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.FractionMissingInformation), BitConverter.DoubleToInt64Bits(b.FractionMissingInformation));
        var other = ResponderImputation.Run(data, new ResponderImputationOptions { Imputations = 40, Seed = 12 });
        Assert.NotEqual(a.CompletedTables, other.CompletedTables);
        // Each imputation draws in turn from one stream, so the first 20 of 40 are the 20 of a run with M = 20.
        var shorter = ResponderImputation.Run(data, new ResponderImputationOptions { Imputations = 20, Seed = 11 });
        Assert.Equal(shorter.CompletedTables, a.CompletedTables.Take(20));
        Assert.Equal(40, a.Imputations);
        Assert.Equal(11, a.Seed);
        Assert.Equal(ImputationModel.LogisticByArm, a.Model);
        Assert.Equal((30, 4, 30, 6), (a.TreatmentTotal, a.TreatmentMissing, a.ControlTotal, a.ControlMissing));
        // Observed responders are kept; only the missing responses vary.
        int observedT = data.Count(s => s.Treatment && s.Responder == true), observedC = data.Count(s => !s.Treatment && s.Responder == true);
        Assert.All(a.CompletedTables, t =>
        {
            Assert.InRange(t.TreatmentEvents, observedT, observedT + 4);
            Assert.InRange(t.ControlEvents, observedC, observedC + 6);
        });
        Assert.True(a.CompletedTables.Select(t => (t.TreatmentEvents, t.ControlEvents)).Distinct().Count() > 5);
    }

    [Fact]
    public void SeparatedArmsStillImpute()
    {
        // Every observed control subject responds, and in the treatment arm the covariate separates the responses.
        var subjects = new List<ImputationSubject>();
        for (int i = 0; i < 12; i++) subjects.Add(new ImputationSubject(true, i < 10 ? i >= 5 : null, [i]));
        for (int i = 0; i < 12; i++) subjects.Add(new ImputationSubject(false, i < 10 ? true : null, [i]));
        var r = ResponderImputation.Run(subjects, new ResponderImputationOptions { Imputations = 50, Seed = 3 });
        Assert.Equal(50, r.CompletedTables.Count);
        Assert.True(double.IsFinite(r.Difference.Estimate) && double.IsFinite(r.Difference.Ci.Lower));
        // The missing treatment subjects have covariates 10 and 11, beyond the observed responders: mostly imputed as responders.
        Assert.True(r.CompletedTables.Average(t => t.TreatmentEvents) > 6.5);
        var shared = ResponderImputation.Run(subjects, new ResponderImputationOptions { Imputations = 50, Seed = 3, Model = ImputationModel.Logistic });
        Assert.Equal(ImputationModel.Logistic, shared.Model);
        Assert.True(double.IsFinite(shared.Difference.Estimate));
    }

    [Fact]
    public void NothingMissingGivesTheCompleteDataAnalysis()
    {
        var subjects = PilotLike().Select(s => new ImputationSubject(s.Treatment, s.Responder ?? false, s.Covariates)).ToList();
        var r = ResponderImputation.Run(subjects, new ResponderImputationOptions { Imputations = 3 });
        Assert.All(r.CompletedTables, t => Assert.Equal(r.CompletedTables[0], t));
        Assert.Equal(0, r.Difference.BetweenVariance);
        var t0 = r.CompletedTables[0];
        Assert.Equal(t0.TreatmentProportion - t0.ControlProportion, r.Difference.Estimate, 15);
    }

    [Fact]
    public void UndefinedWhenAnArmHasNothingToImputeFrom()
    {
        var subjects = new List<ImputationSubject>
        {
            new(true, null, [1.0]), new(true, null, [2.0]),
            new(false, true, [1.0]), new(false, false, [2.0]),
        };
        var r = ResponderImputation.Run(subjects);
        Assert.Empty(r.CompletedTables);
        Assert.True(double.IsNaN(r.Difference.Estimate) && double.IsNaN(r.RiskRatio.Estimate) && double.IsNaN(r.TreatmentRate.Estimate));
        // The shared model can borrow from the other arm.
        var shared = ResponderImputation.Run(subjects, new ResponderImputationOptions { Model = ImputationModel.Logistic, Imputations = 5 });
        Assert.Equal(5, shared.CompletedTables.Count);
        var oneArm = ResponderImputation.Run([new ImputationSubject(true, true, [])]);
        Assert.True(double.IsNaN(oneArm.Difference.Estimate));
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ResponderImputation.Run(null!));
        Assert.Equal("subjects", Assert.Throws<ArgumentException>(() => ResponderImputation.Run([])).ParamName);
        Assert.Equal("subjects", Assert.Throws<ArgumentException>(() => ResponderImputation.Run([new(true, true, [1.0]), new(false, true, [])])).ParamName);
        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => new ImputationSubject(true, null, [double.NaN])).ParamName);
        Assert.Equal("Imputations", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponderImputationOptions { Imputations = 1 }).ParamName);
        Assert.Equal("Model", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponderImputationOptions { Model = (ImputationModel)5 }).ParamName);
        Assert.Equal("CompleteDataDegreesOfFreedom", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponderImputationOptions { CompleteDataDegreesOfFreedom = -1 }).ParamName);
        Assert.Equal("Level", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponderImputationOptions { Level = 0 }).ParamName);
    }

    /// <summary>
    /// Coverage of the 95% interval of the rate difference under a known MAR mechanism. Per arm n = 100; baseline
    /// covariates Z ~ Bernoulli(1/2) and W ~ N(0, 1); response P(Y = 1) = expit(a_arm + 1.5 Z) with a_T = 0, a_C = -0.8
    /// (W is noise); the response is missing, whatever Y, with probability 0.05 (Z = 0) or 0.6 (Z = 1) in the treatment
    /// arm and 0.3 (Z = 0) or 0.05 (Z = 1) in the control arm: MAR given arm and Z, but the observed cases
    /// under-represent Z = 1 in one arm and over-represent it in the other, which biases their difference. True difference:
    /// (expit(0) + expit(1.5)) / 2 - (expit(-0.8) + expit(0.7)) / 2. Replicates: 1,000, each with M = 20 and its own
    /// seed; binomial SE of a coverage of 0.95 is sqrt(0.95 x 0.05 / 1000) = 0.0069, so the band is 0.95 -/+ 3 SE =
    /// [0.929, 0.971]. The complete-case interval must miss it (its coverage falls far below, showing the mechanism bites).
    /// </summary>
    [Fact]
    public void CoverageUnderMarIsNearNominal()
    {
        static double Expit(double t) => 1 / (1 + Math.Exp(-t));
        double truth = (Expit(0) + Expit(1.5)) / 2 - (Expit(-0.8) + Expit(0.7)) / 2;
        const int replicates = 1000, perArm = 100;
        int covered = 0, completeCaseCovered = 0;
        // Replicate r draws its data from Xoshiro256StarStar(1_000_000 + r) and imputes with seed r, so the counts do not
        // depend on how the replicates are spread over threads.
        Parallel.For(0, replicates, rep =>
        {
            var random = new Xoshiro256StarStar(1_000_000 + rep, false);
            var subjects = new ImputationSubject[2 * perArm];
            int[] x = new int[2], n = new int[2];
            for (int i = 0; i < 2 * perArm; i++)
            {
                bool treatment = i < perArm;
                double z = random.NextDouble() < 0.5 ? 1 : 0, w = Normal.InvCDF(0, 1, random.NextDouble() * 0.999999 + 5e-7);
                bool y = random.NextDouble() < Expit((treatment ? 0 : -0.8) + 1.5 * z);
                bool missing = random.NextDouble() < (treatment ? (z == 1 ? 0.6 : 0.05) : (z == 1 ? 0.05 : 0.3));
                subjects[i] = new ImputationSubject(treatment, missing ? null : y, [z, w]);
                if (!missing) { n[treatment ? 0 : 1]++; if (y) x[treatment ? 0 : 1]++; }
            }
            var r = ResponderImputation.Run(subjects, new ResponderImputationOptions { Imputations = 20, Seed = rep });
            if (r.Difference.Ci.Lower <= truth && truth <= r.Difference.Ci.Upper) Interlocked.Increment(ref covered);
            var cc = ProportionDifference.Estimate(new TwoByTwoTable(x[0], n[0], x[1], n[1]), DifferenceCiMethod.Wald);
            if (cc.Ci.Lower <= truth && truth <= cc.Ci.Upper) Interlocked.Increment(ref completeCaseCovered);
        });
        double coverage = (double)covered / replicates, ccCoverage = (double)completeCaseCovered / replicates;
        Assert.True(coverage >= 0.929 && coverage <= 0.971, $"MI coverage {coverage}");
        Assert.True(ccCoverage < 0.90, $"complete-case coverage {ccCoverage}");
    }
}
