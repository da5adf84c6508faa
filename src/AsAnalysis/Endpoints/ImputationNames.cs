using AsAnalysis.Ard;

namespace AsAnalysis.Endpoints;

/// <summary>Canonical names of <see cref="Imputation"/>.</summary>
public static class ImputationNames
{
    /// <summary>Canonical name: <c>nri</c>, <c>observed</c> or <c>locf</c>.</summary>
    /// <param name="imputation">The imputation.</param>
    public static string CanonicalName(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "nri",
        Imputation.ObservedCases => "observed",
        Imputation.Locf => "locf",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The ard.csv analysis name: <c>efficacy_binary</c>, <c>efficacy_binary_observed</c> or <c>efficacy_binary_locf</c>.</summary>
    /// <param name="imputation">The imputation.</param>
    public static string ArdAnalysisName(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => ArdAnalysis.EfficacyBinary,
        Imputation.ObservedCases => ArdAnalysis.EfficacyBinaryObserved,
        Imputation.Locf => ArdAnalysis.EfficacyBinaryLocf,
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };
}
