namespace AsAnalysis.Results;

/// <summary>
/// One row of the analysis-results dataset (ard.csv): one statistic, full precision.
/// Columns, in order: analysis, endpoint, visit, arm, term, stat, method, value.
/// </summary>
/// <param name="Analysis">Analysis name, see <see cref="ArdAnalysis"/> (e.g. <c>efficacy_binary</c>).</param>
/// <param name="Endpoint">Endpoint or safety overview row name (e.g. <c>ASAS20</c>, <c>ANY_TEAE</c>).</param>
/// <param name="Visit">Visit label (e.g. <c>Week 12</c>); empty for safety.</param>
/// <param name="Arm">Arm label, or <c>difference</c> for between-arm rows (treatment minus control).</param>
/// <param name="Term">SOC for <c>safety_soc</c>, <c>SOC|PT</c> for <c>safety_pt</c>, else empty.</param>
/// <param name="Stat">Statistic name (e.g. <c>N</c>, <c>rate</c>, <c>ci_low</c>).</param>
/// <param name="Method">Canonical method name (e.g. <c>wilson</c>); empty when not applicable.</param>
/// <param name="Value">The value, full precision.</param>
public sealed record ArdRow(string Analysis, string Endpoint, string Visit, string Arm, string Term, string Stat, string Method, double Value);

/// <summary>The analysis names used in ard.csv.</summary>
public static class ArdAnalysis
{
    /// <summary>Binary efficacy, non-responder imputation (primary).</summary>
    public const string EfficacyBinary = "efficacy_binary";
    /// <summary>Binary efficacy, observed cases (sensitivity).</summary>
    public const string EfficacyBinaryObserved = "efficacy_binary_observed";
    /// <summary>Binary efficacy, last observation carried forward (sensitivity).</summary>
    public const string EfficacyBinaryLocf = "efficacy_binary_locf";
    /// <summary>Continuous efficacy (change from baseline, ANCOVA).</summary>
    public const string EfficacyContinuous = "efficacy_continuous";
    /// <summary>Safety overview (any TEAE, serious, related, severe, leading to discontinuation, deaths).</summary>
    public const string SafetyOverview = "safety_overview";
    /// <summary>TEAEs by system organ class.</summary>
    public const string SafetySoc = "safety_soc";
    /// <summary>TEAEs by SOC and preferred term.</summary>
    public const string SafetyPt = "safety_pt";
    /// <summary>Exposure summary.</summary>
    public const string Exposure = "exposure";
    /// <summary>The arm label of between-arm rows.</summary>
    public const string DifferenceArm = "difference";

    /// <summary>
    /// The arm label of a between-arm row (treatment minus control): <c>difference</c> when the analysis has two arms,
    /// as the ard.csv contract says; with more arms, <c>difference:</c> followed by the test arm, so that each
    /// comparison against the control stays distinct. Efficacy and safety rows use the same rule.
    /// </summary>
    /// <param name="treatmentArm">The test arm (compared against the control arm).</param>
    /// <param name="armCount">Number of arms in the analysis (at least two).</param>
    public static string DifferenceArmLabel(string treatmentArm, int armCount)
    {
        ArgumentNullException.ThrowIfNull(treatmentArm);
        if (armCount < 2) throw new ArgumentOutOfRangeException(nameof(armCount), armCount, "A comparison needs at least two arms.");
        return armCount == 2 ? DifferenceArm : DifferenceArm + ":" + treatmentArm;
    }
}
