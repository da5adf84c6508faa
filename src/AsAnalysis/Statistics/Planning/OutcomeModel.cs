namespace AsAnalysis.Statistics.Planning;

/// <summary>How the future trial's responder counts are distributed when a probability of success is computed.</summary>
public enum OutcomeModel
{
    /// <summary>Posterior predictive: beta-binomial counts from the pilot's posteriors (the probability is the
    /// assurance). Code <c>assurance</c>.</summary>
    PosteriorPredictive,
    /// <summary>Binomial counts at fixed response rates (the probability is the power). Code <c>power</c>.</summary>
    FixedRates,
}
