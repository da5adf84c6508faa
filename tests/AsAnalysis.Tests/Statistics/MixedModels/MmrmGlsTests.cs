using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Tests.Statistics.MixedModels;

/// <summary>
/// MMRM fits of fev_data against R nlme::gls (REML) + emmeans, R 4.x with nlme 3.1-162 (Debian r-cran-nlme) and emmeans,
/// produced by Statistics/Reference/mmrm/fev_reference.R (output fev_reference.out there). Common call parts:
/// <c>dc &lt;- fev_data[!is.na(fev_data$FEV1), ]; dc$VIS &lt;- as.integer(dc$AVISIT)</c>,
/// <c>ctl = glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-14, msTol = 1e-14, opt = "optim", optimMethod = "BFGS")</c>, each fit restarted three times from its estimate (refit() in the script); UN is
/// <c>correlation = corSymm(form = ~ VIS | USUBJID), weights = varIdent(form = ~ 1 | AVISIT)</c>, CS <c>corCompSymm(form = ~ VIS | USUBJID)</c>,
/// CSH the same with the varIdent weights, AR(1) <c>corAR1(form = ~ VIS | USUBJID)</c>, ARH(1) the same with the weights.
/// LS means: <c>emmeans(fit, ~ ARMCD | AVISIT, mode = "df.error")</c> (simple model <c>~ ARMCD</c>); differences:
/// <c>contrast(em, method = "revpairwise")</c> (TRT - PBO). Standard errors are model-based (no Kenward-Roger adjustment), so
/// they are compared with <see cref="DegreesOfFreedomMethod.Satterthwaite"/> results. Tolerance 1e-6 relative (issue 16);
/// -2 REML log-likelihood 1e-9 relative.
/// </summary>
public class MmrmGlsTests
{
    /// <summary>(model, structure, quantity, visit, arm, estimate, standard error); model "simple" = FEV1 ~ ARMCD (visit as repeated effect only),
    /// "full" = FEV1 ~ RACE + SEX + ARMCD * AVISIT.</summary>
    public static TheoryData<string, CovarianceStructure, string, string, string, double, double> Rows() => new()
    {
        // gls(FEV1 ~ ARMCD, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = ctl), refitted 3 times
        { "simple", CovarianceStructure.Unstructured, "m2rll", "", "", 3667.96275614371, double.NaN },
        { "simple", CovarianceStructure.Unstructured, "lsmean", "", "PBO", 41.0050963632673, 0.439718792411896 },
        { "simple", CovarianceStructure.Unstructured, "lsmean", "", "TRT", 44.8248460222995, 0.463517632502193 },
        // gls(FEV1 ~ ARMCD, correlation = ~VIS | USUBJID, method = "REML", control = ctl), refitted 3 times
        { "simple", CovarianceStructure.CompoundSymmetry, "m2rll", "", "", 3890.97896858931, double.NaN },
        { "simple", CovarianceStructure.CompoundSymmetry, "lsmean", "", "PBO", 40.2494750494093, 0.555406988924028 },
        { "simple", CovarianceStructure.CompoundSymmetry, "lsmean", "", "TRT", 44.4461111638434, 0.569650299289019 },
        // gls(FEV1 ~ ARMCD, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = ctl), refitted 3 times
        { "simple", CovarianceStructure.HeterogeneousCompoundSymmetry, "m2rll", "", "", 3754.18490429649, double.NaN },
        { "simple", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "", "PBO", 40.2460790110218, 0.456726488252429 },
        { "simple", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "", "TRT", 44.0170927655144, 0.478111407175029 },
        // gls(FEV1 ~ ARMCD, correlation = ~VIS | USUBJID, method = "REML", control = glsControl(tolerance = 1e-14, msTol = 1e-14)), refitted 3 times
        { "simple", CovarianceStructure.Autoregressive, "m2rll", "", "", 3855.1243395082, double.NaN },
        { "simple", CovarianceStructure.Autoregressive, "lsmean", "", "PBO", 40.2881110962316, 0.665905869179712 },
        { "simple", CovarianceStructure.Autoregressive, "lsmean", "", "TRT", 44.5138543467256, 0.691315053255576 },
        // gls(FEV1 ~ ARMCD, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = glsControl(tolerance = 1e-14, msTol = 1e-14)), refitted 3 times
        { "simple", CovarianceStructure.HeterogeneousAutoregressive, "m2rll", "", "", 3715.28043649501, double.NaN },
        { "simple", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "", "PBO", 39.926788120902, 0.513491138467346 },
        { "simple", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "", "TRT", 43.6535095636559, 0.540711798986723 },
        // gls(FEV1 ~ RACE + SEX + ARMCD * AVISIT, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = ctl), refitted 3 times
        { "full", CovarianceStructure.Unstructured, "m2rll", "", "", 3386.44987116239, double.NaN },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS1", "PBO", 33.3318077614815, 0.755406857453449 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS1", "TRT", 37.1062219494531, 0.762597400663517 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS2", "PBO", 38.1714115930849, 0.611731301590127 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS2", "TRT", 41.9037358639219, 0.602348030097291 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS3", "PBO", 43.6739749231619, 0.461762997540606 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS3", "TRT", 46.754582170162, 0.508633160659877 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS4", "PBO", 48.3855939501436, 1.18865376866442 },
        { "full", CovarianceStructure.Unstructured, "lsmean", "VIS4", "TRT", 52.7841308097801, 1.18776249590564 },
        { "full", CovarianceStructure.Unstructured, "diff", "VIS1", "TRT", 3.77441418797167, 1.07416084489152 },
        { "full", CovarianceStructure.Unstructured, "diff", "VIS2", "TRT", 3.73232427083702, 0.85885542382949 },
        { "full", CovarianceStructure.Unstructured, "diff", "VIS3", "TRT", 3.08060724700011, 0.689626151478253 },
        { "full", CovarianceStructure.Unstructured, "diff", "VIS4", "TRT", 4.39853685963655, 1.68055041499336 },
        // gls(FEV1 ~ RACE + SEX + ARMCD * AVISIT, correlation = ~VIS | USUBJID, method = "REML", control = ctl), refitted 3 times
        { "full", CovarianceStructure.CompoundSymmetry, "m2rll", "", "", 3522.04294891894, double.NaN },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS1", "PBO", 33.4040375432208, 0.811988479505205 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS1", "TRT", 36.8417139915782, 0.815370930323129 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS2", "PBO", 38.2495664248512, 0.803074969444035 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS2", "TRT", 41.9364103206054, 0.789276270646628 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS3", "PBO", 43.6494876310829, 0.791404426887263 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS3", "TRT", 46.4655889753211, 0.870854652905713 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS4", "PBO", 48.4823761980268, 0.813845286703941 },
        { "full", CovarianceStructure.CompoundSymmetry, "lsmean", "VIS4", "TRT", 52.7001694767512, 0.809573021331093 },
        { "full", CovarianceStructure.CompoundSymmetry, "diff", "VIS1", "TRT", 3.43767644835746, 1.15071883272424 },
        { "full", CovarianceStructure.CompoundSymmetry, "diff", "VIS2", "TRT", 3.68684389575418, 1.12618929986575 },
        { "full", CovarianceStructure.CompoundSymmetry, "diff", "VIS3", "TRT", 2.81610134423817, 1.17882208731527 },
        { "full", CovarianceStructure.CompoundSymmetry, "diff", "VIS4", "TRT", 4.21779327872434, 1.14813962758637 },
        // gls(FEV1 ~ RACE + SEX + ARMCD * AVISIT, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = ctl), refitted 3 times
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "m2rll", "", "", 3398.00102694918, double.NaN },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS1", "PBO", 33.2871313744229, 0.761284705839014 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS1", "TRT", 36.9479134877548, 0.767350631114045 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS2", "PBO", 38.1747845694694, 0.613797377093362 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS2", "TRT", 41.9992688739502, 0.603422197835324 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS3", "PBO", 43.6315917990853, 0.467449739341728 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS3", "TRT", 46.6578287664489, 0.513361601295506 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS4", "PBO", 48.5689919427334, 1.19734835249911 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "lsmean", "VIS4", "TRT", 52.9205381502487, 1.19791922695701 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "diff", "VIS1", "TRT", 3.66078211333199, 1.08130508676762 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "diff", "VIS2", "TRT", 3.82448430448084, 0.860934430700432 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "diff", "VIS3", "TRT", 3.02623696736364, 0.696832462169272 },
        { "full", CovarianceStructure.HeterogeneousCompoundSymmetry, "diff", "VIS4", "TRT", 4.35154620751534, 1.69380157886329 },
        // gls(FEV1 ~ RACE + SEX + ARMCD * AVISIT, correlation = ~VIS | USUBJID, method = "REML", control = glsControl(tolerance = 1e-14, msTol = 1e-14)), refitted 3 times
        { "full", CovarianceStructure.Autoregressive, "m2rll", "", "", 3525.07876301204, double.NaN },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS1", "PBO", 33.3687641347988, 0.819082367233163 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS1", "TRT", 36.99929657125, 0.82097550325524 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS2", "PBO", 38.2788774906672, 0.80396832119894 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS2", "TRT", 41.9261426067139, 0.791625096918299 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS3", "PBO", 43.6567465384973, 0.792359818453104 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS3", "TRT", 46.3324436424861, 0.869997611151173 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS4", "PBO", 48.4913248540148, 0.820061242097436 },
        { "full", CovarianceStructure.Autoregressive, "lsmean", "VIS4", "TRT", 52.5890393805625, 0.815944669200074 },
        { "full", CovarianceStructure.Autoregressive, "diff", "VIS1", "TRT", 3.63053243645116, 1.15957139093656 },
        { "full", CovarianceStructure.Autoregressive, "diff", "VIS2", "TRT", 3.64726511604668, 1.12857553725339 },
        { "full", CovarianceStructure.Autoregressive, "diff", "VIS3", "TRT", 2.67569710398876, 1.17823478665502 },
        { "full", CovarianceStructure.Autoregressive, "diff", "VIS4", "TRT", 4.09771452654767, 1.15687957030713 },
        // gls(FEV1 ~ RACE + SEX + ARMCD * AVISIT, correlation = ~VIS | USUBJID, weights = varIdent(~1 | AVISIT), method = "REML", control = glsControl(tolerance = 1e-14, msTol = 1e-14)), refitted 3 times
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "m2rll", "", "", 3404.21924572978, double.NaN },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS1", "PBO", 33.2843680492465, 0.762399338866423 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS1", "TRT", 37.0365640048571, 0.766783443502142 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS2", "PBO", 38.2077579119437, 0.612304679987597 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS2", "TRT", 41.996786889564, 0.602175157833334 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS3", "PBO", 43.6742061313782, 0.471844315809574 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS3", "TRT", 46.6301927143808, 0.518384052827289 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS4", "PBO", 48.5315488069288, 1.20399399942119 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "lsmean", "VIS4", "TRT", 52.643643405992, 1.20354319645873 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "diff", "VIS1", "TRT", 3.75219595561053, 1.08132458146651 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "diff", "VIS2", "TRT", 3.78902897762035, 0.858997527701906 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "diff", "VIS3", "TRT", 2.95598658300261, 0.703097713850505 },
        { "full", CovarianceStructure.HeterogeneousAutoregressive, "diff", "VIS4", "TRT", 4.11209459906317, 1.702316818979 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void MatchesGlsAndEmmeans(string model, CovarianceStructure structure, string quantity, string visit, string arm, double estimate, double se)
    {
        var fit = Fits.Get(model, structure);
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(structure, fit.Covariance);
        switch (quantity)
        {
            case "m2rll":
                TableAssert.Close(estimate, fit.MinusTwoRemlLogLikelihood, 1e-9, "-2 REML log-likelihood");
                break;
            case "lsmean":
                var m = fit.LsMeans(DegreesOfFreedomMethod.Satterthwaite).First(x => x.Arm == arm && (visit == "" || x.Visit == visit));
                TableAssert.Close(estimate, m.Estimate, 1e-6, $"LS mean {arm} {visit}");
                // gls's AR(1) fit of the simple model ends 6.7e-10 above the optimum of -2 REML log-likelihood found here
                // (3855.1243395082 against 3855.12433950753), which moves its standard errors by 1.1e-6.
                var seTolerance = model == "simple" && structure == CovarianceStructure.Autoregressive ? 2e-6 : 1e-6;
                TableAssert.Close(se, m.StandardError, seTolerance, $"LS mean SE {arm} {visit}");
                break;
            default:
                var d = fit.Differences(DegreesOfFreedomMethod.Satterthwaite).Single(x => x.Visit == visit);
                TableAssert.Close(estimate, d.Estimate, 1e-6, $"difference {visit}");
                TableAssert.Close(se, d.StandardError, 1e-6, $"difference SE {visit}");
                break;
        }
    }
}

/// <summary>Fits of fev_data shared by the tests (each fitted once).</summary>
internal static class Fits
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, CovarianceStructure), MmrmFit> Cache = new();

    public static MmrmFit Get(string model, CovarianceStructure structure) => Cache.GetOrAdd((model, structure), key =>
        Mmrm.Fit(key.Item1 switch
        {
            "simple" => FevData.ArmOnly(),
            "full" => FevData.Full(),
            _ => FevData.WithBaseline(),
        }, new MmrmOptions { Covariance = key.Item2, Fallback = [] }));
}
