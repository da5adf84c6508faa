namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>One member for <see cref="XptTestWriter.WriteLibrary"/>.</summary>
internal sealed record TestMember(string Name, string Label, IReadOnlyList<TestVariable> Variables, IReadOnlyList<object?[]> Rows);
