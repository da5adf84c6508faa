namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>How a variant ended.</summary>
internal enum Outcome
{
    Loaded,
    Rejected,
    Crashed,
}
