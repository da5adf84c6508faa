using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Tests.Statistics.MixedModels;

/// <summary>Building blocks of the MMRM fit: the REML criterion at a given covariance against a dense computation in R,
/// and the analytic gradient, Hessian and covariance derivatives against finite differences.</summary>
public class MmrmEngineTests
{
    private static double[] FixedSigma()
    {
        var s = new double[16];
        for (var a = 0; a < 4; a++)
            for (var b = 0; b < 4; b++) s[a * 4 + b] = 40 * Math.Pow(0.6, Math.Abs(a - b)) + (a == b ? 10 : 0);
        return s;
    }

    [Fact]
    public void RemlCriterionAtFixedSigmaMatchesDenseR()
    {
        // Statistics/Reference/mmrm/fev_reference.R, part 3: dense V^-1 of all 537 observations in R,
        // S <- outer(1:4, 1:4, function(a, b) 40 * 0.6^abs(a - b) + 10 * (a == b)), FEV1 ~ RACE + SEX + ARMCD * AVISIT:
        // m2rll 3537.75528828992; beta (R coding) ARMCDTRT 3.73651149474664, AVISITVIS2..4 4.91777347818835
        // 10.0814102591462 15.2189085511565, ARMCDTRT:AVISITVIS2..4 -0.22927737557715 -1.14354882314284 0.389479504972659,
        // RACEBlack 0.385849138338059, RACEWhite 5.44254078738849; standard errors sqrt(diag(solve(XVX))) in the same order
        // 1.19542289180962, 0.934890480178038 1.03023067000943 1.10686748230577, 1.31642085854212 1.49739341424098
        // 1.57028829313727, 0.926479569813791 1.01658294385841.
        var design = MmrmDesign.Build(FevData.Full());
        var engine = new RemlEngine(design);
        var model = CovarianceModel.Natural(CovarianceStructure.Unstructured, 4);
        var e = engine.Evaluate(model, model.FromSigma(FixedSigma()), 0)!;
        TableAssert.Close(3537.75528828992, e.Objective, 1e-11, "-2 REML log-likelihood");
        var expected = new (string Column, double Beta, double Se)[]
        {
            ("arm TRT", 3.73651149474664, 1.19542289180962),
            ("visit VIS2", 4.91777347818835, 0.934890480178038),
            ("visit VIS3", 10.0814102591462, 1.03023067000943),
            ("visit VIS4", 15.2189085511565, 1.10686748230577),
            ("arm TRT:visit VIS2", -0.22927737557715, 1.31642085854212),
            ("arm TRT:visit VIS3", -1.14354882314284, 1.49739341424098),
            ("arm TRT:visit VIS4", 0.389479504972659, 1.57028829313727),
            ("RACE Black or African American", 0.385849138338059, 0.926479569813791),
            ("RACE White", 5.44254078738849, 1.01658294385841),
        };
        foreach (var (column, beta, se) in expected)
        {
            var j = Array.IndexOf(design.ColumnNames, column);
            Assert.True(j >= 0, column);
            TableAssert.Close(beta, e.Beta[j], 1e-10, column);
            TableAssert.Close(se, Math.Sqrt(e.Phi[j * design.P + j]), 1e-10, column + " SE");
        }
    }

    public static TheoryData<CovarianceStructure, bool> Models()
    {
        var data = new TheoryData<CovarianceStructure, bool>();
        foreach (var s in Enum.GetValues<CovarianceStructure>())
        {
            data.Add(s, false);
            data.Add(s, true);
        }
        return data;
    }

    private static double[] Start(CovarianceModel model)
    {
        // A point away from the optimum: the fixed Sigma above with visit-specific scaling, in the model's parameters,
        // slightly perturbed so that no structure sits at a symmetric point.
        var s = FixedSigma();
        var scale = new[] { 1.0, 0.8, 1.3, 1.1 };
        for (var a = 0; a < 4; a++)
            for (var b = 0; b < 4; b++) s[a * 4 + b] *= scale[a] * scale[b];
        var theta = model.FromSigma(s);
        for (var k = 0; k < theta.Length; k++) theta[k] *= 1 + 0.01 * ((k % 3) - 1);
        return theta;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void GradientAndHessianMatchFiniteDifferences(CovarianceStructure structure, bool natural)
    {
        var design = MmrmDesign.Build(FevData.WithBaseline());
        var engine = new RemlEngine(design);
        var model = natural ? CovarianceModel.Natural(structure, 4) : CovarianceModel.Unconstrained(structure, 4);
        var theta = Start(model);
        var e = engine.Evaluate(model, theta, 2)!;
        int n = model.Count;
        for (var k = 0; k < n; k++)
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(theta[k]));
            var plus = (double[])theta.Clone(); plus[k] += h;
            var minus = (double[])theta.Clone(); minus[k] -= h;
            var ep = engine.Evaluate(model, plus, 1)!;
            var em = engine.Evaluate(model, minus, 1)!;
            var fd = (ep.Objective - em.Objective) / (2 * h);
            Assert.True(Math.Abs(fd - e.Gradient![k]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"{structure} natural={natural} gradient {k}: analytic {e.Gradient[k]:R}, finite difference {fd:R}");
            for (var l = 0; l < n; l++)
            {
                var fdh = (ep.Gradient![l] - em.Gradient![l]) / (2 * h);
                var scale = Math.Max(1, Math.Sqrt(Math.Abs(e.Hessian![k * n + k] * e.Hessian[l * n + l])));
                Assert.True(Math.Abs(fdh - e.Hessian[k * n + l]) <= 1e-5 * scale, $"{structure} natural={natural} Hessian ({k},{l}): analytic {e.Hessian[k * n + l]:R}, finite difference {fdh:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void CovarianceDerivativesMatchFiniteDifferences(CovarianceStructure structure, bool natural)
    {
        var model = natural ? CovarianceModel.Natural(structure, 4) : CovarianceModel.Unconstrained(structure, 4);
        var theta = Start(model);
        int n = model.Count;
        var sigma = new double[16];
        var (d1, d2) = model.AllocateDerivatives();
        model.Evaluate(theta, sigma, d1, d2);
        for (var k = 0; k < n; k++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(theta[k]));
            var plus = (double[])theta.Clone(); plus[k] += h;
            var minus = (double[])theta.Clone(); minus[k] -= h;
            var (p1, _) = model.AllocateDerivatives();
            var (m1, _) = model.AllocateDerivatives();
            var sp = new double[16];
            var sm = new double[16];
            model.Evaluate(plus, sp, p1, null);
            model.Evaluate(minus, sm, m1, null);
            for (var u = 0; u < 16; u++)
            {
                var fd = (sp[u] - sm[u]) / (2 * h);
                Assert.True(Math.Abs(fd - d1[k][u]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"{structure} d1[{k}][{u}]: {d1[k][u]:R} vs {fd:R}");
                for (var l = 0; l < n; l++)
                {
                    var fd2 = (p1[l][u] - m1[l][u]) / (2 * h);
                    var an = d2[model.Pair(k, l)][u];
                    Assert.True(Math.Abs(fd2 - an) <= 1e-5 * Math.Max(1, Math.Abs(fd2)), $"{structure} natural={natural} d2[{k},{l}][{u}]: {an:R} vs {fd2:R}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void NaturalAndUnconstrainedParametersGiveTheSameSigma(CovarianceStructure structure, bool natural)
    {
        // FromSigma inverts Evaluate for a matrix of the structure (how the optimum is mapped to SAS's parameters).
        var model = natural ? CovarianceModel.Natural(structure, 4) : CovarianceModel.Unconstrained(structure, 4);
        var sigma = new double[16];
        model.Evaluate(Start(model), sigma, null, null);
        var again = new double[16];
        model.Evaluate(model.FromSigma(sigma), again, null, null);
        for (var u = 0; u < 16; u++) TableAssert.Close(sigma[u], again[u], 1e-12, $"Sigma[{u}]");
    }
}
