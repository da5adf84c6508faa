namespace AsAnalysis.Endpoints;

/// <summary>
/// The domain-level trace of the ASAS20/40 decision for one domain, so that listings can show why a subject is or
/// is not a responder. Each flag is <c>null</c> when the baseline or the visit value is missing.
/// </summary>
/// <param name="Domain">The domain.</param>
/// <param name="Baseline">Baseline value.</param>
/// <param name="Value">Value at the visit.</param>
/// <param name="Improved20">Improved by at least 20% and at least 1 unit.</param>
/// <param name="Worsened20">Worsened by at least 20% and at least 1 unit (the ASAS20 worsening).</param>
/// <param name="Improved40">Improved by at least 40% and at least 2 units.</param>
/// <param name="WorsenedAny">Worsened at all (value above baseline; the ASAS40 worsening).</param>
public sealed record AsasDomainComparison(AsasDomain Domain, decimal? Baseline, decimal? Value, bool? Improved20, bool? Worsened20, bool? Improved40, bool? WorsenedAny);
