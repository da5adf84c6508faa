namespace AsAnalysis.Statistics;

/// <summary>The confidence interval behind a non-inferiority or equivalence decision: always the inversion of the test's
/// own statistic, so the interval and the test agree.</summary>
public enum NonInferiorityCiMethod
{
    /// <summary>Mee (1984) score interval for the difference, the inverted Farrington-Manning statistic (SAS
    /// <c>RISKDIFF(CL=FM)</c>; <see cref="DifferenceCiMethod.Mee"/>). Code <c>mee</c>.</summary>
    Mee,
    /// <summary>Koopman (1984) score interval for the ratio, the inverted Farrington-Manning ratio statistic (no N / (N - 1)
    /// factor). Code <c>koopman</c>.</summary>
    Koopman,
    /// <summary>Miettinen-Nurminen score interval (difference: <see cref="DifferenceCiMethod.MiettinenNurminen"/>; ratio:
    /// <see cref="RiskRatioCiMethod.Score"/>). Code <c>miettinen_nurminen</c>.</summary>
    MiettinenNurminen,
}
