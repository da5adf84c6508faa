namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>What a variant must do.</summary>
internal enum Expect
{
    /// <summary>Load, with data equal to the clean load (within the variant's allowances).</summary>
    Load,
    /// <summary>Throw a <see cref="AsAnalysis.Data.TrialDataException"/> (with the expected problem, when one is given).</summary>
    Fail,
    /// <summary>Either of the above; a load must still equal the clean data within the allowances.</summary>
    Either,
}
