namespace AsAnalysis.Endpoints;

/// <summary>
/// ASAS responder rules on exact decimals. Thresholds are inclusive and decided by cross-multiplication, never by
/// division (as-endpoints-detail.md §1.4 N1, §3.1), so exact ties such as 5.5 → 4.4 (20%, 1.1 units) count.
/// The rules return <c>null</c> (not evaluable) when an input they need is missing.
/// </summary>
public static class AsResponse
{
    /// <summary>
    /// Improved(B, F; p, a) := B &gt; 0 and B − F &gt;= a and 100·(B − F) &gt;= p·B (lower is better).
    /// A baseline of 0 can never improve.
    /// </summary>
    /// <param name="baseline">Baseline value B.</param>
    /// <param name="value">Follow-up value F.</param>
    /// <param name="percent">Relative threshold p in percent (e.g. 20).</param>
    /// <param name="units">Absolute threshold a in units (e.g. 1); 0 for a purely relative rule with strict improvement.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative threshold.</exception>
    public static bool IsImproved(decimal baseline, decimal value, decimal percent, decimal units)
    {
        if (percent < 0m) throw new ArgumentOutOfRangeException(nameof(percent), percent, "The threshold cannot be negative.");
        if (units < 0m) throw new ArgumentOutOfRangeException(nameof(units), units, "The threshold cannot be negative.");
        decimal d = baseline - value;
        return baseline > 0m && d > 0m && d >= units && 100m * d >= percent * baseline;
    }

    /// <summary>The relative part alone: 100·(B − F) &gt;= p·B (no baseline guard, no absolute part).</summary>
    /// <param name="baseline">Baseline value B.</param>
    /// <param name="value">Follow-up value F.</param>
    /// <param name="percent">Threshold p in percent.</param>
    public static bool MeetsRelativeImprovement(decimal baseline, decimal value, decimal percent) => 100m * (baseline - value) >= percent * baseline;

    /// <summary>The absolute part alone: B − F &gt;= a.</summary>
    /// <param name="baseline">Baseline value B.</param>
    /// <param name="value">Follow-up value F.</param>
    /// <param name="units">Threshold a in units.</param>
    public static bool MeetsAbsoluteImprovement(decimal baseline, decimal value, decimal units) => baseline - value >= units;

    /// <summary>
    /// The ASAS20 worsening (Anderson 2001): F − B &gt;= 1 and 100·(F − B) &gt;= 20·B. With B = 0 it reduces to F &gt;= 1.
    /// </summary>
    /// <param name="baseline">Baseline value B.</param>
    /// <param name="value">Follow-up value F.</param>
    public static bool IsWorsenedAsas20(decimal baseline, decimal value)
    {
        decimal w = value - baseline;
        return w >= 1m && 100m * w >= 20m * baseline;
    }

    /// <summary>Any worsening (the ASAS40 rule): F &gt; B.</summary>
    /// <param name="baseline">Baseline value B.</param>
    /// <param name="value">Follow-up value F.</param>
    public static bool IsWorsenedAny(decimal baseline, decimal value) => value > baseline;

    /// <summary>The domain-by-domain trace of the ASAS20/40 rules, in <see cref="AsasDomain"/> order.</summary>
    /// <param name="baseline">Baseline domains.</param>
    /// <param name="visit">Domains at the visit.</param>
    public static IReadOnlyList<AsasDomainComparison> CompareDomains(AsasDomains baseline, AsasDomains visit)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(visit);
        var result = new AsasDomainComparison[4];
        foreach (var domain in Enum.GetValues<AsasDomain>())
        {
            decimal? b = baseline[domain], f = visit[domain];
            result[(int)domain] = b is { } bv && f is { } fv
                ? new AsasDomainComparison(domain, b, f, IsImproved(bv, fv, 20m, 1m), IsWorsenedAsas20(bv, fv), IsImproved(bv, fv, 40m, 2m), IsWorsenedAny(bv, fv))
                : new AsasDomainComparison(domain, b, f, null, null, null, null);
        }
        return Array.AsReadOnly(result);
    }

    /// <summary>
    /// ASAS20: improvement &gt;= 20% and &gt;= 1 unit in at least 3 of the 4 domains and no worsening of &gt;= 20% and
    /// &gt;= 1 unit in the remaining domain. <c>null</c> when any of the 8 values is missing (strict rule).
    /// </summary>
    /// <param name="baseline">Baseline domains.</param>
    /// <param name="visit">Domains at the visit.</param>
    public static bool? DeriveAsas20(AsasDomains baseline, AsasDomains visit) =>
        ThreeOfFourImprovedNoneWorsened(baseline, visit, 20m, 1m, IsWorsenedAsas20);

    /// <summary>
    /// ASAS40: improvement &gt;= 40% and &gt;= 2 units in at least 3 of the 4 domains and no worsening at all in the
    /// remaining domain. <c>null</c> when any of the 8 values is missing (strict rule).
    /// </summary>
    /// <param name="baseline">Baseline domains.</param>
    /// <param name="visit">Domains at the visit.</param>
    public static bool? DeriveAsas40(AsasDomains baseline, AsasDomains visit) =>
        ThreeOfFourImprovedNoneWorsened(baseline, visit, 40m, 2m, IsWorsenedAny);

    /// <summary>The ASAS20/40 shape: at least 3 of the 4 domains improved by the given percent and units, none worsened by the given rule; <c>null</c> unless all 8 values are present.</summary>
    private static bool? ThreeOfFourImprovedNoneWorsened(AsasDomains baseline, AsasDomains visit, decimal percent, decimal units, Func<decimal, decimal, bool> worsenedRule)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(visit);
        if (!baseline.IsComplete || !visit.IsComplete) return null;
        int improved = 0;
        bool worsened = false;
        foreach (var domain in Enum.GetValues<AsasDomain>())
        {
            decimal b = baseline[domain]!.Value, f = visit[domain]!.Value;
            if (IsImproved(b, f, percent, units)) improved++;
            if (worsenedRule(b, f)) worsened = true;
        }
        return improved >= 3 && !worsened;
    }

    /// <summary>
    /// ASAS 5/6: a strict improvement of &gt;= 20% in at least 5 of the 6 domains (the four ASAS domains and CRP, lower
    /// is better; lateral spinal flexion, higher is better), and, when <paramref name="requireNoDeterioration"/>, no
    /// change for the worse at all in the sixth. A baseline of 0 cannot improve. <c>null</c> when any value is missing.
    /// </summary>
    /// <param name="baseline">Baseline domains.</param>
    /// <param name="visit">Domains at the visit.</param>
    /// <param name="crpBaseline">Baseline CRP, mg/L (raw, no floor).</param>
    /// <param name="crpVisit">CRP at the visit, mg/L.</param>
    /// <param name="lateralFlexionBaseline">Baseline lateral spinal flexion, cm.</param>
    /// <param name="lateralFlexionVisit">Lateral spinal flexion at the visit, cm.</param>
    /// <param name="requireNoDeterioration">Whether the sixth domain must not deteriorate (as-endpoints.md: true).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative CRP or lateral flexion.</exception>
    public static bool? DeriveAsas56(AsasDomains baseline, AsasDomains visit, decimal? crpBaseline, decimal? crpVisit, decimal? lateralFlexionBaseline, decimal? lateralFlexionVisit, bool requireNoDeterioration = true)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(visit);
        AsScores.CheckNonNegative(crpBaseline, nameof(crpBaseline)); AsScores.CheckNonNegative(crpVisit, nameof(crpVisit));
        AsScores.CheckNonNegative(lateralFlexionBaseline, nameof(lateralFlexionBaseline)); AsScores.CheckNonNegative(lateralFlexionVisit, nameof(lateralFlexionVisit));
        if (!baseline.IsComplete || !visit.IsComplete || crpBaseline is null || crpVisit is null || lateralFlexionBaseline is null || lateralFlexionVisit is null) return null;
        int improved = 0;
        bool deteriorated = false;
        foreach (var domain in Enum.GetValues<AsasDomain>())
        {
            decimal b = baseline[domain]!.Value, f = visit[domain]!.Value;
            if (IsImproved(b, f, 20m, 0m)) improved++;
            if (IsWorsenedAny(b, f)) deteriorated = true;
        }
        if (IsImproved(crpBaseline.Value, crpVisit.Value, 20m, 0m)) improved++;
        if (IsWorsenedAny(crpBaseline.Value, crpVisit.Value)) deteriorated = true;
        // Larger is better: an improvement of the flexion is a decrease of its negative.
        decimal lb = lateralFlexionBaseline.Value, lf = lateralFlexionVisit.Value;
        if (lb > 0m && lf > lb && 100m * (lf - lb) >= 20m * lb) improved++;
        if (lf < lb) deteriorated = true;
        return improved >= 5 && !(requireNoDeterioration && deteriorated);
    }

    /// <summary>
    /// ASAS partial remission: every domain at the visit &lt;= 2 (default) or &lt; 2 (<see cref="PartialRemissionThreshold.BelowTwo"/>).
    /// A state, no baseline needed. <c>null</c> when any domain is missing.
    /// </summary>
    /// <param name="visit">Domains at the visit.</param>
    /// <param name="threshold">Threshold rule.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined threshold rule.</exception>
    public static bool? DerivePartialRemission(AsasDomains visit, PartialRemissionThreshold threshold = PartialRemissionThreshold.AtMostTwo)
    {
        ArgumentNullException.ThrowIfNull(visit);
        Guard.Defined(threshold, nameof(threshold), "Undefined threshold rule.");
        if (!visit.IsComplete) return null;
        foreach (var domain in Enum.GetValues<AsasDomain>())
        {
            decimal v = visit[domain]!.Value;
            bool ok = threshold == PartialRemissionThreshold.AtMostTwo ? v <= 2m : v < 2m;
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>BASDAI50: B &gt; 0 and 100·(B − F) &gt;= 50·B. <c>null</c> when either value is missing.</summary>
    /// <param name="baseline">Baseline BASDAI.</param>
    /// <param name="visit">BASDAI at the visit.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value outside [0, 10].</exception>
    public static bool? DeriveBasdai50(decimal? baseline, decimal? visit)
    {
        AsScores.CheckRating(baseline, nameof(baseline)); AsScores.CheckRating(visit, nameof(visit));
        if (baseline is null || visit is null) return null;
        return IsImproved(baseline.Value, visit.Value, 50m, 0m);
    }

    /// <summary>ASDAS clinically important improvement: change (visit − baseline) &lt;= −1.1, with the tolerance <see cref="AsScores.AsdasTolerance"/>.</summary>
    /// <param name="baseline">Baseline ASDAS.</param>
    /// <param name="visit">ASDAS at the visit.</param>
    public static bool? DeriveAsdasClinicallyImportantImprovement(double? baseline, double? visit) => AsdasImprovement(baseline, visit, 1.1);

    /// <summary>ASDAS major improvement: change (visit − baseline) &lt;= −2.0, with the tolerance <see cref="AsScores.AsdasTolerance"/>.</summary>
    /// <param name="baseline">Baseline ASDAS.</param>
    /// <param name="visit">ASDAS at the visit.</param>
    public static bool? DeriveAsdasMajorImprovement(double? baseline, double? visit) => AsdasImprovement(baseline, visit, 2.0);

    private static bool? AsdasImprovement(double? baseline, double? visit, double decrease)
    {
        if (baseline is null || visit is null) return null;
        double change = visit.Value - baseline.Value;
        if (!double.IsFinite(change)) throw new ArgumentOutOfRangeException(nameof(visit), visit, "ASDAS values must be finite.");
        return change < -decrease + AsScores.AsdasTolerance;
    }
}
