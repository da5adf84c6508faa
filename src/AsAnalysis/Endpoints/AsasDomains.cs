namespace AsAnalysis.Endpoints;

/// <summary>The four ASAS domain values of a subject at one visit, on the 0-10 scale; <c>null</c> = missing.</summary>
public sealed record AsasDomains
{
    /// <summary>Creates the domain values.</summary>
    /// <param name="patientGlobal">Patient global assessment.</param>
    /// <param name="pain">Pain domain.</param>
    /// <param name="function">BASFI.</param>
    /// <param name="inflammation">Mean of BASDAI Q5 and Q6.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value outside [0, 10].</exception>
    public AsasDomains(decimal? patientGlobal, decimal? pain, decimal? function, decimal? inflammation)
    {
        AsScores.CheckRating(patientGlobal, nameof(patientGlobal));
        AsScores.CheckRating(pain, nameof(pain));
        AsScores.CheckRating(function, nameof(function));
        AsScores.CheckRating(inflammation, nameof(inflammation));
        PatientGlobal = patientGlobal;
        Pain = pain;
        Function = function;
        Inflammation = inflammation;
    }

    /// <summary>Patient global assessment.</summary>
    public decimal? PatientGlobal { get; }
    /// <summary>Pain domain.</summary>
    public decimal? Pain { get; }
    /// <summary>Function (BASFI).</summary>
    public decimal? Function { get; }
    /// <summary>Inflammation (mean of BASDAI Q5 and Q6).</summary>
    public decimal? Inflammation { get; }

    /// <summary>True when all four domains are present.</summary>
    public bool IsComplete => PatientGlobal is not null && Pain is not null && Function is not null && Inflammation is not null;

    /// <summary>The value of one domain.</summary>
    /// <param name="domain">The domain.</param>
    public decimal? this[AsasDomain domain] => domain switch
    {
        AsasDomain.PatientGlobal => PatientGlobal,
        AsasDomain.Pain => Pain,
        AsasDomain.Function => Function,
        AsasDomain.Inflammation => Inflammation,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };
}
