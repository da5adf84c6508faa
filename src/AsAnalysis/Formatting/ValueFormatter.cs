using System.Globalization;
using AsAnalysis.Statistics;

namespace AsAnalysis.Formatting;

/// <summary>
/// The only place where numbers become display text. Invariant culture throughout.
/// <para>Rounding: a double is first converted to <see cref="decimal"/> (which keeps 15 significant digits, so
/// 0.145 is taken as 0.145, not as its binary value 0.1449999…), then rounded half away from zero
/// (<see cref="MidpointRounding.AwayFromZero"/>). Counts and denominators are divided in decimal arithmetic.
/// A value that rounds to zero is shown without a minus sign ("0.00", never "-0.00").</para>
/// <para>Not estimable: NaN and ±infinity are shown as <see cref="FormatOptions.NotEstimableText"/> ("NE").
/// <see cref="Missing"/> ("-") is for cells that have no value at all.</para>
/// </summary>
public sealed class ValueFormatter : IEquatable<ValueFormatter>
{
    private const double DecimalLimit = 1e27;

    /// <summary>Creates a formatter.</summary>
    /// <param name="options">Display settings.</param>
    public ValueFormatter(FormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A formatter with <see cref="FormatOptions.Default"/>.</summary>
    public static ValueFormatter Default { get; } = new(FormatOptions.Default);

    /// <summary>The display settings.</summary>
    public FormatOptions Options { get; }

    /// <summary>Whether <paramref name="other"/> has equal display settings (and so formats every value the same way).</summary>
    /// <param name="other">The other formatter.</param>
    public bool Equals(ValueFormatter? other) => other is not null && Options.Equals(other.Options);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueFormatter);

    /// <summary>A hash code consistent with <see cref="Equals(ValueFormatter?)"/>.</summary>
    public override int GetHashCode() => Options.GetHashCode();

    /// <summary>Text of a cell that has no value (<see cref="FormatOptions.MissingText"/>, default "-").</summary>
    public string Missing => Options.MissingText;

    /// <summary>Text of a value that is not estimable (<see cref="FormatOptions.NotEstimableText"/>, default "NE").</summary>
    public string NotEstimable => Options.NotEstimableText;

    /// <summary>An integer count, e.g. <c>12</c>.</summary>
    /// <param name="count">The count.</param>
    public static string Integer(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with a fixed number of decimals, rounded half away from zero; NaN/±infinity give "NE".</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals, 0..10.</param>
    /// <exception cref="ArgumentOutOfRangeException">Decimals outside 0..10.</exception>
    public string Number(double value, int decimals)
    {
        CheckDecimals(decimals, nameof(decimals));
        if (!double.IsFinite(value)) return NotEstimable;
        if (Math.Abs(value) >= DecimalLimit) return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Fixed((decimal)value, decimals);
    }

    /// <summary>An estimate with <see cref="FormatOptions.EstimateDecimals"/>, e.g. <c>0.25</c>.</summary>
    /// <param name="estimate">The estimate.</param>
    public string Estimate(double estimate) => Number(estimate, Options.EstimateDecimals);

    /// <summary>An estimate with its confidence interval, e.g. <c>0.25 (0.10, 0.40)</c>; each part NE when not finite.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="lower">Lower confidence limit.</param>
    /// <param name="upper">Upper confidence limit.</param>
    public string EstimateWithCi(double estimate, double lower, double upper)
        => $"{Estimate(estimate)} ({Estimate(lower)}, {Estimate(upper)})";

    /// <summary>An estimate with its confidence interval, e.g. <c>0.25 (0.10, 0.40)</c>.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="interval">The interval.</param>
    public string EstimateWithCi(double estimate, ConfidenceInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return EstimateWithCi(estimate, interval.Lower, interval.Upper);
    }

    /// <summary>
    /// A percentage from a proportion in [0, 1] with <see cref="FormatOptions.PercentDecimals"/> (d).
    /// Exactly 0 gives "0" and exactly 1 gives "100" (no decimals); a non-zero proportion that would round to 0
    /// gives "&lt;0.1" (d = 1; "&lt;1" for d = 0), one below 1 that would round to 100 gives "&gt;99.9"; NaN gives "NE".
    /// </summary>
    /// <param name="proportion">Proportion in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The proportion lies outside [0, 1].</exception>
    public string Percent(double proportion)
    {
        if (double.IsNaN(proportion)) return NotEstimable;
        if (!(proportion >= 0 && proportion <= 1)) throw new ArgumentOutOfRangeException(nameof(proportion), proportion, "A proportion must lie in [0, 1].");
        return PercentText((decimal)proportion * 100m);
    }

    /// <summary>The percentage <paramref name="count"/>/<paramref name="denominator"/>, computed in decimal arithmetic; rules as <see cref="Percent(double)"/>; a zero denominator gives "NE".</summary>
    /// <param name="count">Count, 0..denominator.</param>
    /// <param name="denominator">Denominator, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative denominator, or count outside 0..denominator.</exception>
    public string Percent(int count, int denominator)
    {
        CheckCount(count, denominator);
        if (denominator == 0) return NotEstimable;
        return PercentText(count * 100m / denominator);
    }

    /// <summary>A count with its percentage, e.g. <c>5 (25.0)</c>, <c>0 (0)</c>; a zero denominator gives just the count "0".</summary>
    /// <param name="count">Count, 0..denominator.</param>
    /// <param name="denominator">Denominator (N), at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative denominator, or count outside 0..denominator.</exception>
    public string CountPercent(int count, int denominator)
    {
        CheckCount(count, denominator);
        if (denominator == 0) return Integer(count);
        return $"{Integer(count)} ({PercentText(count * 100m / denominator)})";
    }

    /// <summary>A count over its denominator with the percentage, e.g. <c>14/30 (46.7)</c>; a zero denominator gives <c>0/0</c>.</summary>
    /// <param name="count">Count, 0..denominator.</param>
    /// <param name="denominator">Denominator, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative denominator, or count outside 0..denominator.</exception>
    public string FractionPercent(int count, int denominator)
    {
        CheckCount(count, denominator);
        if (denominator == 0) return Fraction(count, denominator);
        return $"{Fraction(count, denominator)} ({PercentText(count * 100m / denominator)})";
    }

    /// <summary>A proportion's confidence interval in percent, e.g. <c>(28.8, 65.2)</c>, with <see cref="FormatOptions.PercentDecimals"/> and no "&lt;"/"&gt;" rules.</summary>
    /// <param name="lower">Lower limit (proportion scale).</param>
    /// <param name="upper">Upper limit (proportion scale).</param>
    public string PercentInterval(double lower, double upper) => $"({PercentagePoints(lower)}, {PercentagePoints(upper)})";

    /// <summary>A count with a percentage from a given proportion, e.g. <c>5 (25.0)</c>; NaN proportion gives <c>5 (NE)</c>.</summary>
    /// <param name="count">Count, at least 0.</param>
    /// <param name="proportion">Proportion in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative count or proportion outside [0, 1].</exception>
    public string CountPercent(int count, double proportion)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        return $"{Integer(count)} ({Percent(proportion)})";
    }

    /// <summary>A difference of proportions shown in percentage points with <see cref="FormatOptions.PercentDecimals"/>, e.g. 0.152 gives <c>15.2</c>; no "&lt;"/"&gt;" rules.</summary>
    /// <param name="difference">Difference of proportions (treatment minus control).</param>
    public string PercentagePoints(double difference)
    {
        if (!double.IsFinite(difference)) return NotEstimable;
        if (Math.Abs(difference) >= DecimalLimit / 100) return Number(difference * 100, Options.PercentDecimals);
        return Fixed((decimal)difference * 100m, Options.PercentDecimals);
    }

    /// <summary>A difference of proportions with its CI in percentage points, e.g. <c>15.2 (-5.1, 35.0)</c>.</summary>
    /// <param name="difference">Difference of proportions.</param>
    /// <param name="lower">Lower limit (proportion scale).</param>
    /// <param name="upper">Upper limit (proportion scale).</param>
    public string PercentagePointsWithCi(double difference, double lower, double upper)
        => $"{PercentagePoints(difference)} ({PercentagePoints(lower)}, {PercentagePoints(upper)})";

    /// <summary>
    /// A p-value with <see cref="FormatOptions.PValueDecimals"/> (d, default 3): below 10^-d gives "&lt;0.001";
    /// below 1 but rounding to 1 gives "&gt;0.999"; exactly 1 gives "1.000"; otherwise rounded half away from zero
    /// (0.00149999 gives "0.001", 0.0015 gives "0.002"); NaN gives "NE".
    /// </summary>
    /// <param name="p">The p-value in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">p lies outside [0, 1].</exception>
    public string PValue(double p)
    {
        if (double.IsNaN(p)) return NotEstimable;
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A p-value must lie in [0, 1].");
        var d = Options.PValueDecimals;
        var unit = new decimal(1, 0, 0, false, (byte)d);
        var dp = (decimal)p;
        if (dp < unit) return "<" + Fixed(unit, d);
        if (dp == 1m) return Fixed(1m, d);
        var r = Math.Round(dp, d, MidpointRounding.AwayFromZero);
        if (r >= 1m) return ">" + Fixed(1m - unit, d);
        return Fixed(r, d);
    }

    /// <summary>An event rate per 100 patient-years, events / patientYears × 100, with <see cref="FormatOptions.RateDecimals"/>; zero exposure gives "NE".</summary>
    /// <param name="events">Number of events, at least 0.</param>
    /// <param name="patientYears">Exposure in patient-years, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite events or exposure.</exception>
    public string RatePer100PatientYears(double events, double patientYears)
    {
        if (!(events >= 0) || double.IsInfinity(events)) throw new ArgumentOutOfRangeException(nameof(events), events, "Events must be finite and not negative.");
        if (!(patientYears >= 0) || double.IsInfinity(patientYears)) throw new ArgumentOutOfRangeException(nameof(patientYears), patientYears, "Exposure must be finite and not negative.");
        if (patientYears == 0) return NotEstimable;
        var num = (decimal)events * 100m;
        var den = (decimal)patientYears;
        if (den == 0m || Math.Abs(events * 100 / patientYears) >= DecimalLimit) return Number(events * 100 / patientYears, Options.RateDecimals);
        return Fixed(num / den, Options.RateDecimals);
    }

    /// <summary>A mean with its standard deviation, e.g. <c>3.45 (1.20)</c>, both with <see cref="FormatOptions.EstimateDecimals"/>.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="sd">The standard deviation.</param>
    public string MeanSd(double mean, double sd) => $"{Estimate(mean)} ({Estimate(sd)})";

    /// <summary>A mean with its standard deviation using the given decimals for both, e.g. <c>8.2 (1.4)</c>.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="sd">The standard deviation.</param>
    /// <param name="decimals">Decimals, 0..10.</param>
    public string MeanSd(double mean, double sd, int decimals) => $"{Number(mean, decimals)} ({Number(sd, decimals)})";

    /// <summary>A median with the minimum and maximum, e.g. <c>8.0 (4.0, 9.0)</c>.</summary>
    /// <param name="median">The median.</param>
    /// <param name="min">The minimum.</param>
    /// <param name="max">The maximum.</param>
    /// <param name="decimals">Decimals, 0..10.</param>
    public string MedianRange(double median, double min, double max, int decimals)
        => $"{Number(median, decimals)} ({Number(min, decimals)}, {Number(max, decimals)})";

    /// <summary>A rate already expressed per 100 patient-years, with <see cref="FormatOptions.RateDecimals"/>.</summary>
    /// <param name="ratePer100PatientYears">The rate per 100 patient-years.</param>
    public string Rate(double ratePer100PatientYears) => Number(ratePer100PatientYears, Options.RateDecimals);

    /// <summary>A rate per 100 patient-years with its interval, e.g. <c>12.34 (5.67, 24.10)</c>.</summary>
    /// <param name="rate">The rate per 100 patient-years.</param>
    /// <param name="lower">Lower limit.</param>
    /// <param name="upper">Upper limit.</param>
    public string RateWithCi(double rate, double lower, double upper) => $"{Rate(rate)} ({Rate(lower)}, {Rate(upper)})";

    /// <summary>A count over a denominator, e.g. <c>3/20</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="denominator">The denominator.</param>
    public static string Fraction(long count, long denominator) => Integer(count) + "/" + Integer(denominator);

    /// <summary>The shortest text that parses back to the same double (invariant round-trip format), e.g. <c>365.25</c>; for settings and parameters, not for statistics.</summary>
    /// <param name="value">The value.</param>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A confidence level as a percentage without trailing zeros, e.g. 0.95 gives <c>95%</c>, 0.975 gives <c>97.5%</c>.</summary>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1).</exception>
    public static string ConfidenceLevel(double level)
    {
        ConfidenceInterval.ValidateLevel(level);
        var pct = Math.Round((decimal)level * 100m, 10, MidpointRounding.AwayFromZero);
        return pct.ToString("0.##########", CultureInfo.InvariantCulture) + "%";
    }

    private string PercentText(decimal percent)
    {
        var d = Options.PercentDecimals;
        if (percent == 0m) return "0";
        if (percent == 100m) return "100";
        var unit = new decimal(1, 0, 0, false, (byte)d);
        var r = Math.Round(percent, d, MidpointRounding.AwayFromZero);
        if (r == 0m) return "<" + Fixed(unit, d);
        if (r == 100m) return ">" + Fixed(100m - unit, d);
        return Fixed(r, d);
    }

    private static string Fixed(decimal value, int decimals)
    {
        var r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (r == 0m) r = 0m;
        return r.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static void CheckDecimals(int decimals, string name)
    {
        if (decimals < 0 || decimals > FormatOptions.MaxDecimals)
            throw new ArgumentOutOfRangeException(name, decimals, $"Decimals must lie in 0..{FormatOptions.MaxDecimals}.");
    }

    private static void CheckCount(int count, int denominator)
    {
        if (denominator < 0) throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A denominator cannot be negative.");
        if (count < 0 || count > denominator) throw new ArgumentOutOfRangeException(nameof(count), count, $"The count must lie in 0..{denominator}.");
    }
}
