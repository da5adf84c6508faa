namespace AsAnalysis.Statistics.Planning;

/// <summary>The probability that a future trial of a given size succeeds (<see cref="Assurance"/>).</summary>
/// <param name="TreatmentPerArm">Subjects in the treatment arm.</param>
/// <param name="ControlPerArm">Subjects in the control arm.</param>
/// <param name="Success">The definition of success.</param>
/// <param name="Model">Assurance (posterior predictive) or power (fixed rates).</param>
/// <param name="Probability">The probability of success in [0, 1].</param>
public sealed record SuccessProbability(int TreatmentPerArm, int ControlPerArm, TrialSuccess Success, OutcomeModel Model, double Probability)
{
    /// <summary>The definition of success.</summary>
    public TrialSuccess Success { get; } = Success ?? throw new ArgumentNullException(nameof(Success));
}
