namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// Settings of <see cref="RtfTableRenderer"/>; <see cref="Default"/> has every default. Every member is checked when
/// set, so an instance is always valid. Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record RtfOptions
{
    private readonly string _fontName = "Courier New";
    private readonly int _fontSizePoints = 9;
    private readonly int _marginTwips = 1440;
    private readonly RtfPaper _paper = RtfPaper.Letter;

    /// <summary>The defaults: Courier New 9 pt, US Letter landscape, 1 inch margins.</summary>
    public static RtfOptions Default { get; } = new();

    /// <summary>Font family (letters, digits, spaces and hyphens; default "Courier New").</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank or containing other characters.</exception>
    public string FontName
    {
        get => _fontName;
        init
        {
            const string message = "The font name may contain only ASCII letters, digits, spaces and hyphens.";
            Guard.NotBlank(value, nameof(FontName), message);
            if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-')) throw new ArgumentException(message, nameof(FontName));
            _fontName = value;
        }
    }

    /// <summary>Font size in points, 6..24 (default 9).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 6..24.</exception>
    public int FontSizePoints
    {
        get => _fontSizePoints;
        init => _fontSizePoints = Guard.InRange(value, 6, 24, nameof(FontSizePoints), "The font size must lie in 6..24 points.");
    }

    /// <summary>All four page margins in twips (1440 = 1 inch), 360..2880 (default 1440).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 360..2880.</exception>
    public int MarginTwips
    {
        get => _marginTwips;
        init => _marginTwips = Guard.InRange(value, 360, 2880, nameof(MarginTwips), "Margins must lie in 360..2880 twips.");
    }

    /// <summary>Paper size (default <see cref="RtfPaper.Letter"/>, US Letter); the page is always landscape. A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public RtfPaper Paper
    {
        get => _paper;
        init => _paper = Guard.Defined(value, nameof(Paper), "Unknown paper size.");
    }
}
