namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>One subject of a responder analysis with multiple imputation.</summary>
public sealed record ImputationSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="treatment">True for the treatment arm, false for control.</param>
    /// <param name="responder">The observed response, or <c>null</c> when missing (to be imputed).</param>
    /// <param name="covariates">Baseline covariates of the imputation model (same number for every subject, finite;
    /// fill missing baseline values before, e.g. with the mean as White and Thompson 2005 recommend for trials).</param>
    /// <exception cref="ArgumentNullException"><paramref name="covariates"/> is null.</exception>
    /// <exception cref="ArgumentException">A covariate is NaN or infinite.</exception>
    public ImputationSubject(bool treatment, bool? responder, IReadOnlyList<double> covariates)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        var copy = covariates.ToArray();
        for (int i = 0; i < copy.Length; i++)
            if (!double.IsFinite(copy[i])) throw new ArgumentException($"Covariate {i} is not finite.", nameof(covariates));
        Treatment = treatment;
        Responder = responder;
        Covariates = Array.AsReadOnly(copy);
    }

    /// <summary>True for the treatment arm, false for control.</summary>
    public bool Treatment { get; }
    /// <summary>Observed response; <c>null</c> when missing.</summary>
    public bool? Responder { get; }
    /// <summary>Baseline covariates (a copy).</summary>
    public IReadOnlyList<double> Covariates { get; }
}
