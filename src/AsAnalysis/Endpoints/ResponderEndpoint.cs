namespace AsAnalysis.Endpoints;

/// <summary>The binary (responder) endpoints derived per subject and visit.</summary>
/// <remarks>Its code, short label and label: <see cref="ResponderEndpointNames"/>.</remarks>
public enum ResponderEndpoint
{
    /// <summary>ASAS20 (Anderson 2001). Code <c>ASAS20</c>.</summary>
    Asas20,
    /// <summary>ASAS40 (Brandt 2004). Code <c>ASAS40</c>.</summary>
    Asas40,
    /// <summary>ASAS 5/6 (Brandt 2004). Code <c>ASAS56</c>.</summary>
    Asas56,
    /// <summary>ASAS partial remission. Code <c>ASASPR</c>.</summary>
    AsasPartialRemission,
    /// <summary>BASDAI improvement of at least 50%. Code <c>BASDAI50</c>.</summary>
    Basdai50,
    /// <summary>ASDAS clinically important improvement (change &lt;= −1.1). Code <c>ASDAS_CII</c>.</summary>
    AsdasClinicallyImportantImprovement,
    /// <summary>ASDAS major improvement (change &lt;= −2.0). Code <c>ASDAS_MI</c>.</summary>
    AsdasMajorImprovement,
}
