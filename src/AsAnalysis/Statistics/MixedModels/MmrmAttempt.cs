namespace AsAnalysis.Statistics.MixedModels;

/// <summary>One covariance structure tried by <see cref="Mmrm.Fit"/>, in the order tried.</summary>
/// <param name="Structure">The structure.</param>
/// <param name="Converged">True when the REML fit converged to a proper maximum (positive definite Hessian).</param>
/// <param name="Iterations">Newton-Raphson iterations taken.</param>
/// <param name="Criterion">Final relative Hessian criterion g' H^-1 g / |f| (NaN when not computable).</param>
/// <param name="MinusTwoRemlLogLikelihood">Final -2 REML log-likelihood (NaN when not computable).</param>
/// <param name="Message">What happened, e.g. <c>converged</c> or why not.</param>
public sealed record MmrmAttempt(CovarianceStructure Structure, bool Converged, int Iterations, double Criterion,
    double MinusTwoRemlLogLikelihood, string Message);
