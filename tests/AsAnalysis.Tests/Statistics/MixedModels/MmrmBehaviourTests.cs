using AsAnalysis.Statistics;
using AsAnalysis.Statistics.MixedModels;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace AsAnalysis.Tests.Statistics.MixedModels;

/// <summary>LS means and Satterthwaite df against SAS's printed output, between-within df against the mmrm vignette,
/// fallback, bad input and determinism.</summary>
public class MmrmBehaviourTests
{
    // SAS design/SAS/sas_log_reml.txt (mmrm repository, see PROVENANCE.md):
    //   PROC MIXED DATA = ana.dat cl method=reml;
    //     CLASS RACE(ref = 'Asian') AVISIT(ref = 'VIS4') SEX(ref = 'Male') ARMCD(ref = 'PBO') USUBJID;
    //     MODEL FEV1 = ARMCD|AVISIT RACE SEX / ddfm=satterthwaite solution chisq;
    //     REPEATED AVISIT / subject=USUBJID type=UN r rcorr;
    //     LSMEANS AVISIT*ARMCD / pdiff=all cl alpha=0.05 slice=AVISIT;
    // printed to 4 decimals and integer df. SAS stopped at -2 REML log-likelihood 3386.44987722, 6e-6 above the optimum
    // (3386.44987116 here and in nlme::gls), which moves the 4th decimal by one in places (VIS4 PBO 48.3855 against
    // 48.38560 at the optimum): estimates and standard errors are compared within 2e-4 absolute, df within 1.
    public static TheoryData<string, string, double, double, double> SasLsMeans() => new()
    {
        { "VIS2", "TRT", 41.9037, 0.6023, 144 },
        { "VIS2", "PBO", 38.1715, 0.6117, 147 },
        { "VIS3", "TRT", 46.7546, 0.5086, 130 },
        { "VIS3", "PBO", 43.6740, 0.4617, 130 },
        { "VIS4", "TRT", 52.7841, 1.1877, 133 },
        { "VIS4", "PBO", 48.3855, 1.1886, 134 },
        { "VIS1", "TRT", 37.1063, 0.7626, 143 },
        { "VIS1", "PBO", 33.3318, 0.7554, 148 },
        // Differences of least squares means, TRT - PBO at the same visit.
        { "VIS2", "diff", 3.7322, 0.8588, 145 },
        { "VIS3", "diff", 3.0806, 0.6896, 131 },
        { "VIS4", "diff", 4.3985, 1.6805, 133 },
        { "VIS1", "diff", 3.7745, 1.0741, 146 },
    };

    [Theory]
    [MemberData(nameof(SasLsMeans))]
    public void SatterthwaiteLsMeansMatchSas(string visit, string arm, double estimate, double se, double df)
    {
        var fit = Fits.Get("full", CovarianceStructure.Unstructured);
        double e, s, d;
        if (arm == "diff")
        {
            var x = fit.Differences(DegreesOfFreedomMethod.Satterthwaite).Single(r => r.Visit == visit);
            (e, s, d) = (x.Estimate, x.StandardError, x.DegreesOfFreedom);
        }
        else
        {
            var x = fit.LsMeans(DegreesOfFreedomMethod.Satterthwaite).Single(r => r.Visit == visit && r.Arm == arm);
            (e, s, d) = (x.Estimate, x.StandardError, x.DegreesOfFreedom);
        }
        Assert.InRange(e, estimate - 2e-4, estimate + 2e-4);
        Assert.InRange(s, se - 2e-4, se + 2e-4);
        Assert.InRange(d, df - 1, df + 1);
    }

    [Fact]
    public void SasMinusTwoRemlLogLikelihoodAndCovariance()
    {
        // sas_log_reml.txt: -2 Res Log Likelihood 3386.44987722 (iteration history; SAS stopped 6e-6 above the optimum),
        // UN(1,1) 26.5692, UN(2,1) 2.7851, UN(2,2) 14.8970, UN(3,1) 7.4790, UN(3,2) 0.9017, UN(3,3) 95.5528,
        // UN(4,1) 14.3982, UN(4,2) 4.9744, UN(4,3) 13.3731, UN(4,4) 40.5509 with SAS's visit order VIS2 VIS3 VIS4 VIS1
        // (the order of the data): UN(1,1) is VIS2.
        var fit = Fits.Get("full", CovarianceStructure.Unstructured);
        Assert.InRange(fit.MinusTwoRemlLogLikelihood, 3386.44987722 - 1e-5, 3386.44987722);
        var sas = new double[,] { { 26.5692, 2.7851, 7.4790, 14.3982 }, { 2.7851, 14.8970, 0.9017, 4.9744 }, { 7.4790, 0.9017, 95.5528, 13.3731 }, { 14.3982, 4.9744, 13.3731, 40.5509 } };
        var order = new[] { 1, 2, 3, 0 }; // SAS row -> our visit index
        var sigma = fit.CovarianceMatrix();
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++)
                Assert.InRange(sigma[order[i], order[j]], sas[i, j] - 5e-3, sas[i, j] + 5e-3);
        // nlme::gls at the optimum (fev_reference.out, "full us", getVarCov of a subject with all four visits), VIS1..VIS4.
        double[] gls = [40.554443582873, 14.3959688437667, 4.97604379978586, 13.3778699726885, 14.3959688437667, 26.571421558098,
            2.78361411100505, 7.47732475663238, 4.97604379978586, 2.78361411100505, 14.8979563666189, 0.903558811157193,
            13.3778699726885, 7.47732475663238, 0.903558811157193, 95.5565394146189];
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++)
            {
                // Relative to the scale of the entry's variances (a covariance near 0 has no relative precision).
                var scale = Math.Sqrt(gls[i * 5] * gls[j * 5]);
                Assert.True(Math.Abs(gls[i * 4 + j] - sigma[i, j]) <= 5e-6 * scale, $"Sigma[{i},{j}]: gls {gls[i * 4 + j]:R}, here {sigma[i, j]:R}");
            }
        Assert.Equal(10, fit.CovarianceParameters.Count);
        Assert.Equal("UN(1,1)", fit.CovarianceParameters[0].Name);
        TableAssert.Close(sigma[0, 0], fit.CovarianceParameters[0].Estimate, 1e-12, "UN(1,1) = Sigma[VIS1, VIS1]");
    }

    [Fact]
    public void BetweenWithinMatchesMmrmVignette()
    {
        // mmrm vignettes/between_within.Rmd, FEV1 ~ RACE + SEX + ARMCD * AVISIT + us(AVISIT | USUBJID): 197 subjects, 537
        // observations; between parameters RACE (2), SEX (1), ARMCD (1): DF_1 = 197 - (1 + 4) = 192; within parameters
        // AVISIT (3), ARMCD:AVISIT (3): DF_2 = 537 - (197 + 6) = 334; the intercept gets DF_2; a contrast the smallest of its
        // coefficients' df.
        var fit = Fits.Get("full", CovarianceStructure.Unstructured);
        Assert.Equal(197, fit.Subjects);
        Assert.Equal(537, fit.Observations);
        Assert.Equal(263, fit.RecordsNotUsed);
        double Df(string column)
        {
            var c = fit.Coefficients.Select(x => x.Name == column ? 1.0 : 0.0).ToArray();
            return fit.Estimate(c, DegreesOfFreedomMethod.BetweenWithin).DegreesOfFreedom;
        }
        Assert.Equal(192, Df("arm TRT"));
        Assert.Equal(192, Df("RACE White"));
        Assert.Equal(334, Df("visit VIS3"));
        Assert.Equal(334, Df("arm TRT:visit VIS2"));
        Assert.Equal(334, Df("(Intercept)"));
        Assert.Equal(192, fit.LsMeans(DegreesOfFreedomMethod.BetweenWithin)[0].DegreesOfFreedom);
        // Residual: observations minus rank (11 columns).
        Assert.Equal(537 - 11, fit.LsMeans(DegreesOfFreedomMethod.Residual)[0].DegreesOfFreedom);
    }

    [Fact]
    public void InferenceIsConsistent()
    {
        var fit = Fits.Get("full", CovarianceStructure.Unstructured);
        foreach (var method in Enum.GetValues<DegreesOfFreedomMethod>())
        {
            var diffs = fit.Differences(method, 0.9);
            var means = fit.LsMeans(method, 0.9);
            foreach (var d in diffs)
            {
                var t = means.Single(m => m.Visit == d.Visit && m.Arm == "TRT");
                var c = means.Single(m => m.Visit == d.Visit && m.Arm == "PBO");
                TableAssert.Close(t.Estimate - c.Estimate, d.Estimate, 1e-12, "difference of LS means");
                var q = StudentT.InvCDF(0, 1, d.DegreesOfFreedom, 0.95);
                TableAssert.Close(d.Estimate - q * d.StandardError, d.Ci.Lower, 1e-12, "CI lower");
                TableAssert.Close(2 * StudentT.CDF(0, 1, d.DegreesOfFreedom, -Math.Abs(d.TStatistic)), d.PValue, 1e-12, "p");
                Assert.Equal(method, d.DfMethod);
            }
            // The average over all visits equals the mean of the per-visit differences.
            var avg = fit.AverageDifference("TRT", ["VIS1", "VIS2", "VIS3", "VIS4"], method);
            TableAssert.Close(diffs.Average(d => d.Estimate), avg.Estimate, 1e-12, "average difference");
            var one = fit.AverageDifference("TRT", ["VIS4"], method);
            TableAssert.Close(diffs.Single(d => d.Visit == "VIS4").StandardError, one.StandardError, 1e-12, "one-visit average");
        }
        // Kenward-Roger inflates the variance of the UN fit's differences (SAS: KR SE >= model-based SE).
        var kr = fit.Differences(DegreesOfFreedomMethod.KenwardRoger);
        var mb = fit.Differences(DegreesOfFreedomMethod.Satterthwaite);
        for (var i = 0; i < kr.Count; i++) Assert.True(kr[i].StandardError > mb[i].StandardError);
    }

    [Fact]
    public void FallsBackWhenUnstructuredIsNotIdentified()
    {
        // Three visits; every subject has visits 1 and 2 or visits 2 and 3, never 1 and 3 together: the covariance of
        // visits 1 and 3 (UN) and the lag-2 correlation (TOEPH) do not enter the likelihood, so those fits cannot be
        // proper maxima; ARH(1) determines its lag-2 correlation from lag 1.
        var rng = new Xoshiro256StarStar(20240516);
        var subjects = new List<string>(); var visits = new List<string>(); var arms = new List<string>(); var y = new List<double>();
        string[] levels = ["W1", "W2", "W3"];
        for (var i = 0; i < 300; i++)
        {
            var arm = i % 2 == 0 ? "A" : "B";
            var first = i % 4 < 2 ? 0 : 1;
            var shared = Normal.Sample(rng, 0, 1);
            for (var v = first; v < first + 2; v++)
            {
                subjects.Add($"S{i}"); visits.Add(levels[v]); arms.Add(arm);
                y.Add(v + (arm == "B" ? 0.5 : 0) + shared + Normal.Sample(rng, 0, 1 + 0.3 * v));
            }
        }
        var data = new MmrmData { Subjects = subjects, Visits = visits, VisitLevels = levels, Arms = arms, ControlArm = "A", Response = y };
        var fit = Mmrm.Fit(data);
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(CovarianceStructure.HeterogeneousAutoregressive, fit.Covariance);
        Assert.True(fit.FellBack);
        Assert.Equal([CovarianceStructure.Unstructured, CovarianceStructure.HeterogeneousToeplitz, CovarianceStructure.HeterogeneousAutoregressive],
            fit.Attempts.Select(a => a.Structure));
        Assert.False(fit.Attempts[0].Converged);
        Assert.Contains("UN did not converge", fit.Message);
        Assert.Contains("ARH(1) used", fit.Message);
    }

    [Fact]
    public void NonConvergenceGivesNaNAndSaysWhatWasTried()
    {
        var fit = Mmrm.Fit(FevData.Full(), new MmrmOptions { MaxIterations = 1, Fallback = [CovarianceStructure.Toeplitz] });
        Assert.False(fit.Converged);
        Assert.Null(fit.Covariance);
        Assert.Equal(2, fit.Attempts.Count);
        Assert.StartsWith("No covariance structure converged: UN: no convergence in 1 iterations", fit.Message);
        Assert.Contains("TOEP:", fit.Message);
        var d = fit.Differences()[0];
        Assert.True(double.IsNaN(d.Estimate) && double.IsNaN(d.StandardError) && double.IsNaN(d.PValue) && double.IsNaN(d.Ci.Lower));
        Assert.True(double.IsNaN(fit.LsMeans()[0].Estimate));
    }

    [Fact]
    public void BadInputGivesClearErrors()
    {
        var full = FevData.Full();
        var one = Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with
        {
            Response = [.. FevData.All.Select(r => r.Visit == "VIS2" ? r.Fev1 : double.NaN)],
        }));
        Assert.Contains("two visits or more", one.Message);

        var noArm = Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with
        {
            Response = [.. FevData.All.Select(r => r.Visit == "VIS3" && r.Arm == "TRT" ? double.NaN : r.Fev1)],
        }));
        Assert.Contains("Visit 'VIS3' has no subject of arm 'TRT'", noArm.Message);

        var singular = Assert.Throws<ArgumentException>(() => Mmrm.Fit(FevData.WithBaseline() with
        {
            Covariates = [.. FevData.Full().Covariates, MmrmCovariate.Numeric("BASE2", [.. FevData.All.Select(r => 2 * r.Baseline)])],
        }));
        Assert.Contains("singular", singular.Message);
        Assert.Contains("'baseline' (term baseline)", singular.Message);

        var duplicate = Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with
        {
            Visits = [.. FevData.All.Select(r => r.Visit == "VIS2" ? "VIS1" : r.Visit)],
        }));
        Assert.Contains("more than one record", duplicate.Message);

        var levels = Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with { VisitLevels = ["VIS1"] }));
        Assert.Contains("at least two visits", levels.Message);
        var unknown = Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with { VisitLevels = ["VIS1", "VIS2", "VIS3"] }));
        Assert.Contains("visit 'VIS4', which is not in VisitLevels", unknown.Message);
        Assert.Throws<ArgumentException>(() => Mmrm.Fit(full with { ControlArm = "XXX" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MmrmOptions { Tolerance = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MmrmOptions { Covariance = (CovarianceStructure)99 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Fits.Get("full", CovarianceStructure.Unstructured).LsMeans(DegreesOfFreedomMethod.Satterthwaite, 1.5));
    }

    [Fact]
    public void SameInputSameOutput()
    {
        var a = Mmrm.Fit(FevData.WithBaseline());
        var b = Mmrm.Fit(FevData.WithBaseline());
        Assert.Equal(a.MinusTwoRemlLogLikelihood, b.MinusTwoRemlLogLikelihood);
        Assert.Equal(a.Differences().Select(d => (d.Estimate, d.StandardError, d.DegreesOfFreedom)), b.Differences().Select(d => (d.Estimate, d.StandardError, d.DegreesOfFreedom)));
    }

    [Fact]
    public void EveryEnumMemberHasNames()
    {
        foreach (var s in Enum.GetValues<CovarianceStructure>())
            Assert.False(string.IsNullOrEmpty(s.Code()) || string.IsNullOrEmpty(s.ShortLabel()) || string.IsNullOrEmpty(s.Label()));
        foreach (var m in Enum.GetValues<DegreesOfFreedomMethod>())
            Assert.False(string.IsNullOrEmpty(m.Code()) || string.IsNullOrEmpty(m.ShortLabel()) || string.IsNullOrEmpty(m.Label()));
        Assert.Equal("unstructured", CovarianceStructure.Unstructured.Code());
        Assert.Equal("kenward_roger", DegreesOfFreedomMethod.KenwardRoger.Code());
        Assert.Equal("satterthwaite", DegreesOfFreedomMethod.Satterthwaite.Code());
    }
}
