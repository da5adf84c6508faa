namespace AsAnalysis.Ard;

/// <summary>
/// The values of ard.csv's <c>method</c> column that name no method enum. A method enum writes its <c>Code()</c>
/// (e.g. <c>DifferenceCiMethod.Newcombe.Code()</c> is <c>newcombe</c>); an empty method means "not applicable".
/// </summary>
public static class ArdMethod
{
    /// <summary><c>per_100py</c>: the value is a rate per 100 patient-years (the EAIR and EAER rows and their differences).</summary>
    public const string Per100PatientYears = "per_100py";
    /// <summary><c>mantel_haenszel</c>: the Mantel-Haenszel common odds ratio with the Robins-Breslow-Greenland interval.</summary>
    public const string MantelHaenszel = "mantel_haenszel";
}
