using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>A variable for <see cref="XptTestWriter"/>.</summary>
internal sealed record TestVariable(
    string Name, XptVariableType Type, int Length, string Label = "", string Format = "", int FormatWidth = 0, int FormatDecimals = 0);
