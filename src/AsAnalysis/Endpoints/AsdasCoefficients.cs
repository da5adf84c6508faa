namespace AsAnalysis.Endpoints;

/// <summary>Coefficient set of the ASDAS formulas (as-endpoints-detail.md D3).</summary>
/// <remarks>Its code, short label and label: <see cref="AsdasCoefficientsNames"/>.</remarks>
public enum AsdasCoefficients
{
    /// <summary>ASAS three-decimal coefficients (CRP 0.121/0.058/0.110/0.073/0.579; ESR 0.079/0.069/0.113/0.086/0.293); the default.</summary>
    ThreeDecimal,
    /// <summary>Two-decimal rounded coefficients (CRP 0.12/0.06/0.11/0.07/0.58; ESR 0.08/0.07/0.11/0.09/0.29), as in CamCOPS.</summary>
    TwoDecimal,
}
