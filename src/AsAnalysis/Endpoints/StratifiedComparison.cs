using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>Stratified (STRAT1) analysis of a binary comparison.</summary>
/// <param name="StrataLabels">Stratum labels, ordinal order, matching <paramref name="Tables"/>.</param>
/// <param name="Tables">One 2x2 table per stratum (treatment vs control).</param>
/// <param name="Cmh">Cochran-Mantel-Haenszel test (no continuity correction) with the Mantel-Haenszel common odds ratio.</param>
/// <param name="Difference">CMH-weighted common risk difference with its Wald (Sato variance) interval.</param>
public sealed record StratifiedComparison(IReadOnlyList<string> StrataLabels, IReadOnlyList<TwoByTwoTable> Tables, MantelHaenszelResult Cmh, StratifiedDifferenceEstimate Difference);
