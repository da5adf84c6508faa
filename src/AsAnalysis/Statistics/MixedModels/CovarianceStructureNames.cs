namespace AsAnalysis.Statistics.MixedModels;

/// <summary>Names of the <see cref="CovarianceStructure"/> members: ard.csv code, compact label, words.</summary>
public static class CovarianceStructureNames
{
    /// <summary>The snake_case code used in ard.csv, e.g. <c>unstructured</c>.</summary>
    /// <param name="structure">The structure.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Code(this CovarianceStructure structure) => structure switch
    {
        CovarianceStructure.Unstructured => "unstructured",
        CovarianceStructure.HeterogeneousToeplitz => "heterogeneous_toeplitz",
        CovarianceStructure.Toeplitz => "toeplitz",
        CovarianceStructure.HeterogeneousAutoregressive => "heterogeneous_ar1",
        CovarianceStructure.Autoregressive => "ar1",
        CovarianceStructure.HeterogeneousCompoundSymmetry => "heterogeneous_compound_symmetry",
        CovarianceStructure.CompoundSymmetry => "compound_symmetry",
        _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, null),
    };

    /// <summary>The SAS <c>TYPE=</c> name, used as a compact label: UN, TOEPH, TOEP, ARH(1), AR(1), CSH, CS.</summary>
    /// <param name="structure">The structure.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string ShortLabel(this CovarianceStructure structure) => structure switch
    {
        CovarianceStructure.Unstructured => "UN",
        CovarianceStructure.HeterogeneousToeplitz => "TOEPH",
        CovarianceStructure.Toeplitz => "TOEP",
        CovarianceStructure.HeterogeneousAutoregressive => "ARH(1)",
        CovarianceStructure.Autoregressive => "AR(1)",
        CovarianceStructure.HeterogeneousCompoundSymmetry => "CSH",
        CovarianceStructure.CompoundSymmetry => "CS",
        _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, null),
    };

    /// <summary>Words for footnotes and the methods section, e.g. <c>heterogeneous Toeplitz</c>.</summary>
    /// <param name="structure">The structure.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Label(this CovarianceStructure structure) => structure switch
    {
        CovarianceStructure.Unstructured => "unstructured",
        CovarianceStructure.HeterogeneousToeplitz => "heterogeneous Toeplitz",
        CovarianceStructure.Toeplitz => "Toeplitz",
        CovarianceStructure.HeterogeneousAutoregressive => "heterogeneous first-order autoregressive",
        CovarianceStructure.Autoregressive => "first-order autoregressive",
        CovarianceStructure.HeterogeneousCompoundSymmetry => "heterogeneous compound symmetry",
        CovarianceStructure.CompoundSymmetry => "compound symmetry",
        _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, null),
    };
}
