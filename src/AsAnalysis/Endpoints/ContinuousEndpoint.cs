namespace AsAnalysis.Endpoints;

/// <summary>The continuous endpoints analysed as change from baseline.</summary>
public enum ContinuousEndpoint
{
    /// <summary>BASDAI. ard name <c>BASDAI</c>.</summary>
    Basdai,
    /// <summary>BASFI. ard name <c>BASFI</c>.</summary>
    Basfi,
    /// <summary>ASDAS-CRP. ard name <c>ASDAS_CRP</c>.</summary>
    AsdasCrp,
    /// <summary>CRP, mg/L (raw, no floor). ard name <c>CRP</c>.</summary>
    Crp,
    /// <summary>Patient global assessment. ard name <c>PTGLOBAL</c>.</summary>
    PatientGlobal,
    /// <summary>The ASAS pain domain as chosen by <see cref="EndpointOptions.PainDomain"/>. ard name <c>PAIN</c>.</summary>
    Pain,
}
