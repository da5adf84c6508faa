using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Bayes;

namespace AsAnalysis.Tests.Statistics.Bayes;

/// <summary>Beta-binomial posteriors and the pilot comparison against R 4.2.2 (Statistics/Reference/bayes-reference.R).</summary>
public class BetaBinomialTests
{
    [Fact]
    public void PilotComparisonMatchesR()
    {
        var c = BetaBinomial.Compare(new TwoByTwoTable(14, 30, 17, 30), delta: 0.1);
        Assert.Equal((14.5, 16.5), (c.Treatment.A, c.Treatment.B));
        Assert.Equal((17.5, 13.5), (c.Control.A, c.Control.B));
        Assert.Equal(PriorKind.Jeffreys, c.Treatment.Prior.Kind);
        Assert.Equal(14.5 / 31, c.Treatment.Mean, 15);
        // R: qbeta(c(0.025, 0.975), 14.5, 16.5)
        TableAssert.Close(0.29810225607121038, c.Treatment.CredibleInterval.Lower, TableAssert.Iterative, "T low");
        TableAssert.Close(0.64132771140799294, c.Treatment.CredibleInterval.Upper, TableAssert.Iterative, "T high");
        Assert.Equal(-3.0 / 31, c.DifferenceMean, 15);
        // R (integrate, see BetaDifferenceTests): quantiles 2.5% and 97.5%, P(D > 0), P(D > 0.1)
        TableAssert.Close(-0.33681698644995967, c.DifferenceCredibleInterval.Lower, TableAssert.Iterative, "CrI low");
        TableAssert.Close(0.14897973915626886, c.DifferenceCredibleInterval.Upper, TableAssert.Iterative, "CrI high");
        TableAssert.Close(0.21932881454747294, c.ProbabilityAboveZero, TableAssert.Iterative, "P(D > 0)");
        TableAssert.Close(0.058488803008790169, c.ProbabilityAboveDelta, TableAssert.Iterative, "P(D > 0.1)");
        Assert.Equal(0.1, c.Delta);
        TableAssert.Close(0.21932881454747294, c.Difference.Survival(0), TableAssert.Iterative, "distribution");
        // R: pbeta(0.5, 14.5, 16.5, lower.tail = FALSE)
        TableAssert.Close(0.35784653622279483, c.Treatment.ProbabilityAbove(0.5), TableAssert.ClosedForm, "P(pT > 0.5)");
    }

    [Fact]
    public void InformativePriorFromAPublishedRate()
    {
        var prior = BetaPrior.FromRate(0.59, 30);
        Assert.Equal(17.7, prior.A, 12);
        Assert.Equal(12.3, prior.B, 12);
        Assert.Equal(0.59, prior.Mean, 15);
        Assert.Equal(30, prior.EffectiveSampleSize, 12);
        Assert.Equal(PriorKind.Informative, prior.Kind);
        var posterior = BetaBinomial.Posterior(17, 30, prior, 0.9);
        // R: qbeta(c(0.05, 0.95), 34.7, 25.3)
        TableAssert.Close(0.47274235604303261, posterior.CredibleInterval.Lower, TableAssert.Iterative, "low");
        TableAssert.Close(0.68092935777000818, posterior.CredibleInterval.Upper, TableAssert.Iterative, "high");
        var c = BetaBinomial.Compare(new TwoByTwoTable(14, 30, 17, 30), controlPrior: prior);
        // R: integrate as in BetaDifferenceTests (a2 = 34.7, b2 = 25.3)
        TableAssert.Close(0.15595603239164205, c.ProbabilityAboveZero, TableAssert.Iterative, "P(D > 0)");
        TableAssert.Close(-0.32045735088878136, c.DifferenceCredibleInterval.Lower, TableAssert.Iterative, "CrI low");
    }

    [Fact]
    public void ZeroEventsUseTheSingularPosterior()
    {
        var p = BetaBinomial.Posterior(0, 12);
        // R: qbeta(c(0.025, 0.975), 0.5, 12.5)
        TableAssert.Close(4.0075310076598822e-05, p.CredibleInterval.Lower, TableAssert.Iterative, "low");
        TableAssert.Close(1.8530593831248510e-01, p.CredibleInterval.Upper, TableAssert.Iterative, "high");
        var none = BetaBinomial.Posterior(0, 0, BetaPrior.Uniform);
        Assert.Equal(0.5, none.Mean);
        Assert.Equal(PriorKind.Uniform, none.Prior.Kind);
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomial.Posterior(5, 4)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomial.Posterior(0, -1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomial.Posterior(1, 4, level: 1)).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomial.Compare(new TwoByTwoTable(1, 2, 1, 2), delta: 1)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => BetaPrior.FromRate(1, 10)).ParamName);
        Assert.Equal("effectiveSampleSize", Assert.Throws<ArgumentOutOfRangeException>(() => BetaPrior.FromRate(0.5, 0)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaPrior(-1, 1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaPrior(1, 1, (PriorKind)9)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomial.Posterior(1, 4).ProbabilityAbove(2)).ParamName);
    }
}
