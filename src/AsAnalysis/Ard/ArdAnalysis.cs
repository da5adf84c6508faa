namespace AsAnalysis.Ard;

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
