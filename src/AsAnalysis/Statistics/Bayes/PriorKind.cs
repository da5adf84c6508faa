namespace AsAnalysis.Statistics.Bayes;

/// <summary>What a beta prior of a response rate represents.</summary>
public enum PriorKind
{
    /// <summary>Jeffreys' prior Beta(1/2, 1/2), invariant under reparametrisation; the default. Code <c>jeffreys</c>.</summary>
    Jeffreys,
    /// <summary>Uniform prior Beta(1, 1) (Bayes-Laplace). Code <c>uniform</c>.</summary>
    Uniform,
    /// <summary>An informative prior Beta(a, b), e.g. from published response rates (<see cref="BetaPrior.FromRate"/>). Code <c>informative</c>.</summary>
    Informative,
}
