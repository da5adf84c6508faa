namespace AsAnalysis.Statistics;

/// <summary>An event rate per unit of exposure (e.g. per patient-year) with its exact Poisson confidence interval.</summary>
/// <param name="Events">Number of events (or subjects with the event), at least 0.</param>
/// <param name="Exposure">Total exposure, finite and at least 0 (e.g. patient-years).</param>
/// <param name="Rate">Events / Exposure per unit of exposure (not scaled by 100); NaN when the exposure is 0.</param>
/// <param name="Ci">Exact (Garwood) interval, in the same unit as <paramref name="Rate"/>.</param>
public sealed record RateEstimate(int Events, double Exposure, double Rate, ConfidenceInterval Ci)
{
    /// <summary>Number of events.</summary>
    public int Events { get; } = Events >= 0 ? Events : throw new ArgumentOutOfRangeException(nameof(Events), Events, "Events cannot be negative.");
    /// <summary>Total exposure.</summary>
    public double Exposure { get; } = Exposure >= 0 && double.IsFinite(Exposure) ? Exposure : throw new ArgumentOutOfRangeException(nameof(Exposure), Exposure, "Exposure must be finite and not negative.");
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
}
