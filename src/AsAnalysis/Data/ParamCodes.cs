namespace AsAnalysis.Data;

/// <summary>The canonical parameter codes of the efficacy dataset.</summary>
public static class ParamCodes
{
    /// <summary>BASDAI question codes BASDAI01..BASDAI06.</summary>
    public static readonly IReadOnlyList<string> BasdaiItems = ["BASDAI01", "BASDAI02", "BASDAI03", "BASDAI04", "BASDAI05", "BASDAI06"];
    /// <summary>BASFI item codes BASFI01..BASFI10.</summary>
    public static readonly IReadOnlyList<string> BasfiItems = ["BASFI01", "BASFI02", "BASFI03", "BASFI04", "BASFI05", "BASFI06", "BASFI07", "BASFI08", "BASFI09", "BASFI10"];
    /// <summary>Patient global assessment of disease activity.</summary>
    public const string PatientGlobal = "PTGLOBAL";
    /// <summary>Total back pain.</summary>
    public const string TotalBackPain = "TOTBPAIN";
    /// <summary>Nocturnal back pain.</summary>
    public const string NocturnalBackPain = "NOCBPAIN";
    /// <summary>C-reactive protein, mg/L.</summary>
    public const string Crp = "CRP";
    /// <summary>Erythrocyte sedimentation rate, mm/h.</summary>
    public const string Esr = "ESR";
    /// <summary>Lateral spinal flexion, cm (larger is better).</summary>
    public const string LateralFlexion = "LATFLEX";
    /// <summary>Pre-derived BASDAI total (items win when present).</summary>
    public const string Basdai = "BASDAI";
    /// <summary>Pre-derived BASFI total (items win when present).</summary>
    public const string Basfi = "BASFI";

    /// <summary>Whether a parameter is a 0-10 rating scale (validated to lie in [0, 10]).</summary>
    /// <param name="paramCd">Upper-case parameter code.</param>
    public static bool IsRatingScale(string paramCd) => paramCd is not (Crp or Esr or LateralFlexion);

    /// <summary>All parameter codes the library knows.</summary>
    public static readonly IReadOnlyList<string> All =
        [.. BasdaiItems, .. BasfiItems, PatientGlobal, TotalBackPain, NocturnalBackPain, Crp, Esr, LateralFlexion, Basdai, Basfi];
}
