namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>A numeric missing value for <see cref="XptTestWriter"/>: '.', 'A'-'Z' or '_'.</summary>
internal sealed record Missing(char Code);
