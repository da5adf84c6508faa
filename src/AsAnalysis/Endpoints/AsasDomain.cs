namespace AsAnalysis.Endpoints;

/// <summary>The four ASAS domains (lower is better in each).</summary>
/// <remarks>Its code, short label and label: <see cref="AsasDomainNames"/>.</remarks>
public enum AsasDomain
{
    /// <summary>Patient global assessment (PTGLOBAL).</summary>
    PatientGlobal,
    /// <summary>Pain (total back pain by default, see <see cref="PainDomain"/>).</summary>
    Pain,
    /// <summary>Function: BASFI.</summary>
    Function,
    /// <summary>Inflammation: mean of BASDAI Q5 and Q6.</summary>
    Inflammation,
}
