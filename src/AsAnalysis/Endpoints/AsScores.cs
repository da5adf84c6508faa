namespace AsAnalysis.Endpoints;

/// <summary>
/// Composite AS scores. Patient-reported scales are combined in exact <see cref="decimal"/> arithmetic
/// (divisions by 2, 5 and 10 of values with few decimals are exact); ASDAS needs ln and sqrt and is computed in
/// <see cref="double"/>, classified with the tolerance <see cref="AsdasTolerance"/>. A score is <c>null</c> when
/// any of its inputs is missing (strict rule). Inputs are checked: 0-10 ratings must lie in [0, 10], CRP, ESR
/// and lateral flexion must not be negative.
/// </summary>
public static class AsScores
{
    /// <summary>Tolerance at ASDAS cut-offs: a value within 1e-9 of a cut-off is treated as equal to it (as-endpoints-detail.md N2).</summary>
    public const double AsdasTolerance = 1e-9;

    /// <summary>The CRP value (mg/L) below which ASDAS-CRP uses 2 mg/L.</summary>
    public const decimal AsdasCrpFloor = 2m;

    /// <summary>BASDAI = (Q1 + Q2 + Q3 + Q4 + (Q5 + Q6) / 2) / 5; <c>null</c> when any item is missing.</summary>
    /// <param name="q1">Fatigue.</param>
    /// <param name="q2">Neck, back or hip pain.</param>
    /// <param name="q3">Peripheral joint pain/swelling.</param>
    /// <param name="q4">Enthesal tenderness.</param>
    /// <param name="q5">Morning stiffness severity.</param>
    /// <param name="q6">Morning stiffness duration (0-10).</param>
    /// <exception cref="ArgumentOutOfRangeException">An item outside [0, 10].</exception>
    public static decimal? DeriveBasdai(decimal? q1, decimal? q2, decimal? q3, decimal? q4, decimal? q5, decimal? q6)
    {
        CheckRating(q1, nameof(q1)); CheckRating(q2, nameof(q2)); CheckRating(q3, nameof(q3));
        CheckRating(q4, nameof(q4)); CheckRating(q5, nameof(q5)); CheckRating(q6, nameof(q6));
        if (q1 is null || q2 is null || q3 is null || q4 is null || q5 is null || q6 is null) return null;
        return (q1.Value + q2.Value + q3.Value + q4.Value + (q5.Value + q6.Value) / 2m) / 5m;
    }

    /// <summary>BASFI = mean of the 10 items; <c>null</c> when any item is missing.</summary>
    /// <param name="items">Exactly 10 items, BASFI01..BASFI10.</param>
    /// <exception cref="ArgumentException">Not exactly 10 items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item outside [0, 10].</exception>
    public static decimal? DeriveBasfi(IReadOnlyList<decimal?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != 10) throw new ArgumentException($"BASFI needs exactly 10 items, got {items.Count}.", nameof(items));
        decimal sum = 0m;
        bool complete = true;
        foreach (var item in items)
        {
            CheckRating(item, nameof(items));
            if (item is null) complete = false;
            else sum += item.Value;
        }
        return complete ? sum / 10m : null;
    }

    /// <summary>Inflammation domain = (BASDAI Q5 + Q6) / 2; <c>null</c> when either is missing.</summary>
    /// <param name="q5">Morning stiffness severity.</param>
    /// <param name="q6">Morning stiffness duration.</param>
    /// <exception cref="ArgumentOutOfRangeException">An item outside [0, 10].</exception>
    public static decimal? DeriveInflammation(decimal? q5, decimal? q6)
    {
        CheckRating(q5, nameof(q5)); CheckRating(q6, nameof(q6));
        return q5 is null || q6 is null ? null : (q5.Value + q6.Value) / 2m;
    }

    /// <summary>The ASAS pain domain from the pain items, per <paramref name="domain"/>; <c>null</c> when a required item is missing.</summary>
    /// <param name="totalBackPain">Total back pain (TOTBPAIN).</param>
    /// <param name="nocturnalBackPain">Nocturnal back pain (NOCBPAIN).</param>
    /// <param name="domain">Which item(s) to use.</param>
    /// <exception cref="ArgumentOutOfRangeException">An item outside [0, 10] or an undefined <paramref name="domain"/>.</exception>
    public static decimal? DerivePainDomain(decimal? totalBackPain, decimal? nocturnalBackPain, PainDomain domain)
    {
        CheckRating(totalBackPain, nameof(totalBackPain)); CheckRating(nocturnalBackPain, nameof(nocturnalBackPain));
        return domain switch
        {
            PainDomain.TotalBackPain => totalBackPain,
            PainDomain.NocturnalBackPain => nocturnalBackPain,
            PainDomain.MeanTotalAndNocturnal => totalBackPain is null || nocturnalBackPain is null ? null : (totalBackPain.Value + nocturnalBackPain.Value) / 2m,
            _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Undefined pain domain."),
        };
    }

    /// <summary>
    /// ASDAS-CRP = a·back pain + b·stiffness duration + c·patient global + d·peripheral pain/swelling + e·ln(max(CRP, 2) + 1),
    /// with the coefficients of <paramref name="coefficients"/>; <c>null</c> when any input is missing.
    /// </summary>
    /// <param name="backPain">Back pain, 0-10 (BASDAI Q2 by default).</param>
    /// <param name="stiffnessDuration">Morning stiffness duration, BASDAI Q6, 0-10.</param>
    /// <param name="patientGlobal">Patient global, 0-10.</param>
    /// <param name="peripheral">Peripheral pain/swelling, BASDAI Q3, 0-10.</param>
    /// <param name="crpMgPerL">CRP in mg/L (values below 2 are replaced by 2).</param>
    /// <param name="coefficients">Coefficient set.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside [0, 10], a negative CRP or an undefined coefficient set.</exception>
    public static double? DeriveAsdasCrp(decimal? backPain, decimal? stiffnessDuration, decimal? patientGlobal, decimal? peripheral, decimal? crpMgPerL, AsdasCoefficients coefficients = AsdasCoefficients.ThreeDecimal)
    {
        CheckRating(backPain, nameof(backPain)); CheckRating(stiffnessDuration, nameof(stiffnessDuration));
        CheckRating(patientGlobal, nameof(patientGlobal)); CheckRating(peripheral, nameof(peripheral));
        CheckNonNegative(crpMgPerL, nameof(crpMgPerL));
        var (a, b, c, d, e) = coefficients switch
        {
            AsdasCoefficients.ThreeDecimal => (0.121, 0.058, 0.110, 0.073, 0.579),
            AsdasCoefficients.TwoDecimal => (0.12, 0.06, 0.11, 0.07, 0.58),
            _ => throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, "Undefined coefficient set."),
        };
        if (backPain is null || stiffnessDuration is null || patientGlobal is null || peripheral is null || crpMgPerL is null) return null;
        double crp = (double)Math.Max(crpMgPerL.Value, AsdasCrpFloor);
        return a * (double)backPain.Value + b * (double)stiffnessDuration.Value + c * (double)patientGlobal.Value
             + d * (double)peripheral.Value + e * Math.Log(crp + 1.0);
    }

    /// <summary>
    /// ASDAS-ESR = a·back pain + b·stiffness duration + c·patient global + d·peripheral pain/swelling + e·sqrt(ESR),
    /// with the coefficients of <paramref name="coefficients"/>; <c>null</c> when any input is missing.
    /// </summary>
    /// <param name="backPain">Back pain, 0-10 (BASDAI Q2 by default).</param>
    /// <param name="stiffnessDuration">Morning stiffness duration, BASDAI Q6, 0-10.</param>
    /// <param name="patientGlobal">Patient global, 0-10.</param>
    /// <param name="peripheral">Peripheral pain/swelling, BASDAI Q3, 0-10.</param>
    /// <param name="esrMmPerHour">ESR in mm/h (no floor).</param>
    /// <param name="coefficients">Coefficient set.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside [0, 10], a negative ESR or an undefined coefficient set.</exception>
    public static double? DeriveAsdasEsr(decimal? backPain, decimal? stiffnessDuration, decimal? patientGlobal, decimal? peripheral, decimal? esrMmPerHour, AsdasCoefficients coefficients = AsdasCoefficients.ThreeDecimal)
    {
        CheckRating(backPain, nameof(backPain)); CheckRating(stiffnessDuration, nameof(stiffnessDuration));
        CheckRating(patientGlobal, nameof(patientGlobal)); CheckRating(peripheral, nameof(peripheral));
        CheckNonNegative(esrMmPerHour, nameof(esrMmPerHour));
        var (a, b, c, d, e) = coefficients switch
        {
            AsdasCoefficients.ThreeDecimal => (0.079, 0.069, 0.113, 0.086, 0.293),
            AsdasCoefficients.TwoDecimal => (0.08, 0.07, 0.11, 0.09, 0.29),
            _ => throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, "Undefined coefficient set."),
        };
        if (backPain is null || stiffnessDuration is null || patientGlobal is null || peripheral is null || esrMmPerHour is null) return null;
        return a * (double)backPain.Value + b * (double)stiffnessDuration.Value + c * (double)patientGlobal.Value
             + d * (double)peripheral.Value + e * Math.Sqrt((double)esrMmPerHour.Value);
    }

    /// <summary>
    /// The ASDAS disease-activity state at the <see cref="AsdasCutoffs"/>: &lt; 1.3 inactive, 1.3 to &lt; 2.1 low, 2.1 to 3.5 high, &gt; 3.5 very high.
    /// A value within <see cref="AsdasTolerance"/> of a cut-off counts as equal to it (so 1.3, 2.1 and 3.5 give LDA, HDA and HDA).
    /// </summary>
    /// <param name="asdas">The ASDAS value (CRP or ESR; the cut-offs are the same).</param>
    /// <exception cref="ArgumentOutOfRangeException">A NaN or infinite value.</exception>
    public static AsdasCategory ClassifyAsdas(double asdas)
    {
        if (!double.IsFinite(asdas)) throw new ArgumentOutOfRangeException(nameof(asdas), asdas, "ASDAS must be finite.");
        if (asdas <= AsdasCutoffs.LowLower - AsdasTolerance) return AsdasCategory.InactiveDisease;
        if (asdas <= AsdasCutoffs.HighLower - AsdasTolerance) return AsdasCategory.LowDiseaseActivity;
        if (asdas < AsdasCutoffs.VeryHighAbove + AsdasTolerance) return AsdasCategory.HighDiseaseActivity;
        return AsdasCategory.VeryHighDiseaseActivity;
    }

    /// <summary>Canonical short name of an ASDAS state; the same as <see cref="AsdasCategoryNames.Code"/>.</summary>
    /// <param name="category">The state.</param>
    [Obsolete("Use Code (AsdasCategoryNames).", false)]
    public static string CanonicalName(this AsdasCategory category) => category.Code();

    internal static void CheckRating(decimal? value, string name)
    {
        if (value is { } v && (v < 0m || v > 10m))
            throw new ArgumentOutOfRangeException(name, v, "A 0-10 rating must lie in [0, 10].");
    }

    internal static void CheckNonNegative(decimal? value, string name)
    {
        if (value is { } v && v < 0m)
            throw new ArgumentOutOfRangeException(name, v, "The value cannot be negative.");
    }
}
