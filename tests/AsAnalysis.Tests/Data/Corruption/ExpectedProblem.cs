namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>A problem a failing variant must report (null members are not checked).</summary>
internal sealed record ExpectedProblem(string File, long? Line = null, string? Column = null, string? Value = null);
