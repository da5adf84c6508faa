namespace AsAnalysis.Notebooks.Tests;

/// <summary>A C# code cell of a notebook; <see cref="Index"/> counts all cells (markdown too) from 0, as an editor shows them.</summary>
internal sealed record CodeCell(int Index, string Code);
