namespace AsAnalysis.Endpoints;

/// <summary>The continuous endpoints analysed as change from baseline.</summary>
/// <remarks>Its code, short label and label: <see cref="ContinuousEndpointNames"/>.</remarks>
public enum ContinuousEndpoint
{
    /// <summary>BASDAI. Code <c>BASDAI</c>.</summary>
    Basdai,
    /// <summary>BASFI. Code <c>BASFI</c>.</summary>
    Basfi,
    /// <summary>ASDAS-CRP. Code <c>ASDAS_CRP</c>.</summary>
    AsdasCrp,
    /// <summary>CRP, mg/L (raw, no floor). Code <c>CRP</c>.</summary>
    Crp,
    /// <summary>Patient global assessment. Code <c>PTGLOBAL</c>.</summary>
    PatientGlobal,
    /// <summary>The ASAS pain domain as chosen by <see cref="EndpointOptions.PainDomain"/>. Code <c>PAIN</c>.</summary>
    Pain,
}
