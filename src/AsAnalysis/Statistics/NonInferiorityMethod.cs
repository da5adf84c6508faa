namespace AsAnalysis.Statistics;

/// <summary>Score tests of a difference or ratio of two proportions against a non-null margin.</summary>
public enum NonInferiorityMethod
{
    /// <summary>Farrington and Manning (1990, Stat Med 9:1447): (estimate - margin) / SE with the variance at the
    /// maximum-likelihood estimates restricted to the margin; SAS <c>RISKDIFF(NONINF METHOD=FM)</c> and
    /// <c>RELRISK(NONINF METHOD=FM)</c>. Code <c>farrington_manning</c>.</summary>
    FarringtonManning,
    /// <summary>Miettinen and Nurminen (1985, Stat Med 4:213): the same statistic with the restricted variance multiplied by
    /// N / (N - 1); SAS <c>METHOD=SCORE</c>. Code <c>miettinen_nurminen</c>.</summary>
    MiettinenNurminen,
}
