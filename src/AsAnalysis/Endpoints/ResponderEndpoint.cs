namespace AsAnalysis.Endpoints;

/// <summary>The binary (responder) endpoints derived per subject and visit.</summary>
public enum ResponderEndpoint
{
    /// <summary>ASAS20 (Anderson 2001). ard name <c>ASAS20</c>.</summary>
    Asas20,
    /// <summary>ASAS40 (Brandt 2004). ard name <c>ASAS40</c>.</summary>
    Asas40,
    /// <summary>ASAS 5/6 (Brandt 2004). ard name <c>ASAS56</c>.</summary>
    Asas56,
    /// <summary>ASAS partial remission. ard name <c>ASASPR</c>.</summary>
    AsasPartialRemission,
    /// <summary>BASDAI improvement of at least 50%. ard name <c>BASDAI50</c>.</summary>
    Basdai50,
    /// <summary>ASDAS clinically important improvement (change &lt;= −1.1). ard name <c>ASDAS_CII</c>.</summary>
    AsdasClinicallyImportantImprovement,
    /// <summary>ASDAS major improvement (change &lt;= −2.0). ard name <c>ASDAS_MI</c>.</summary>
    AsdasMajorImprovement,
}
