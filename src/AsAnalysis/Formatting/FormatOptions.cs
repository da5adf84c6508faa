namespace AsAnalysis.Formatting;

/// <summary>
/// Display settings for <see cref="ValueFormatter"/>: decimals per kind of number and the texts shown for
/// not-estimable and missing values; <see cref="Default"/> has every default. Every member is checked when set, so an
/// instance is always valid. Immutable; use <c>with</c> to vary, e.g. <c>FormatOptions.Default with { PValueDecimals = 4 }</c>.
/// </summary>
public sealed record FormatOptions
{
    /// <summary>The largest number of decimals allowed for any setting.</summary>
    public const int MaxDecimals = 10;

    private readonly int _percentDecimals = 1;
    private readonly int _estimateDecimals = 2;
    private readonly int _pValueDecimals = 3;
    private readonly int _rateDecimals = 2;
    private readonly string _notEstimableText = "NE";
    private readonly string _missingText = "-";

    /// <summary>The defaults: percent 1 decimal, estimates and CIs 2, p-values 3, rates 2, NaN as "NE", missing as "-".</summary>
    public static FormatOptions Default { get; } = new();

    /// <summary>Decimals of percentages (0..10, default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0..10.</exception>
    public int PercentDecimals
    {
        get => _percentDecimals;
        init => _percentDecimals = CheckDecimals(value, 0, nameof(PercentDecimals));
    }

    /// <summary>Decimals of estimates and their confidence limits, means and SDs (0..10, default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0..10.</exception>
    public int EstimateDecimals
    {
        get => _estimateDecimals;
        init => _estimateDecimals = CheckDecimals(value, 0, nameof(EstimateDecimals));
    }

    /// <summary>Decimals of p-values (1..10, default 3): below 10^-d a p-value shows as "&lt;0.001" (d = 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1..10.</exception>
    public int PValueDecimals
    {
        get => _pValueDecimals;
        init => _pValueDecimals = CheckDecimals(value, 1, nameof(PValueDecimals));
    }

    /// <summary>Decimals of event rates per 100 patient-years (0..10, default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0..10.</exception>
    public int RateDecimals
    {
        get => _rateDecimals;
        init => _rateDecimals = CheckDecimals(value, 0, nameof(RateDecimals));
    }

    /// <summary>Text for a value that could not be estimated (NaN or infinite), default "NE". Not blank, no control characters.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank or containing a control character.</exception>
    public string NotEstimableText
    {
        get => _notEstimableText;
        init => _notEstimableText = CheckText(value, nameof(NotEstimableText));
    }

    /// <summary>Text for a cell that has no value at all (e.g. the difference column of the control arm), default "-". Not blank, no control characters.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank or containing a control character.</exception>
    public string MissingText
    {
        get => _missingText;
        init => _missingText = CheckText(value, nameof(MissingText));
    }

    private static int CheckDecimals(int value, int min, string name) =>
        Guard.InRange(value, min, MaxDecimals, name, $"Decimals must lie in {min}..{MaxDecimals}.");

    private static string CheckText(string value, string name) => Guard.DisplayText(value, name);
}
