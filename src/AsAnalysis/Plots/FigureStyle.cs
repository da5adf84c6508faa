using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// The one look of every figure: a sans-serif font set explicitly on every text element (ScottPlot's Linux default
/// is a serif font), font sizes, line and marker sizes, and the neutral colours of text, frame and grid. Arm colours
/// come from <see cref="ArmColors"/>. <see cref="Default"/> has every default; every member is checked when set, so
/// an instance is always valid (it follows the convention of the options types). Immutable; change a copy with <c>with</c>.
/// </summary>
public sealed record FigureStyle
{
    /// <summary>The default style: DejaVu Sans (the embedded copy), 16/14/12 pt title/axis/tick text.</summary>
    public static FigureStyle Default { get; } = new();

    /// <summary>Font family of every text element; default <c>DejaVu Sans</c>. Not blank.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Empty or blank.</exception>
    public string FontName
    {
        get;
        init => field = Guard.NotBlank(value, nameof(FontName), "The font name cannot be empty.");
    } = BundledFonts.FamilyName;

    /// <summary>
    /// Whether <c>DejaVu Sans</c> is taken from the copy embedded in the library (default <c>true</c>), so that figures
    /// render identically on machines without the font; <c>false</c> asks the system for it. Other font names always
    /// come from the system.
    /// </summary>
    public bool UseBundledFont { get; init; } = true;

    /// <summary>Title size in points; default 16.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float TitleFontSize { get; init => field = Positive(value, nameof(TitleFontSize)); } = 16;

    /// <summary>Axis title size; default 14.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float AxisLabelFontSize { get; init => field = Positive(value, nameof(AxisLabelFontSize)); } = 14;

    /// <summary>Tick label size; default 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float TickLabelFontSize { get; init => field = Positive(value, nameof(TickLabelFontSize)); } = 12;

    /// <summary>Legend text size; default 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float LegendFontSize { get; init => field = Positive(value, nameof(LegendFontSize)); } = 12;

    /// <summary>Size of annotations in the data area (n/N labels, band names); default 11.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float AnnotationFontSize { get; init => field = Positive(value, nameof(AnnotationFontSize)); } = 11;

    /// <summary>Width of data lines in pixels; default 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float LineWidth { get; init => field = Positive(value, nameof(LineWidth)); } = 2;

    /// <summary>Width of thin lines (subject trajectories, reference lines); default 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float ThinLineWidth { get; init => field = Positive(value, nameof(ThinLineWidth)); } = 1;

    /// <summary>Marker size in pixels; default 8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float MarkerSize { get; init => field = Positive(value, nameof(MarkerSize)); } = 8;

    /// <summary>Width of the caps of error bars in pixels; default 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public float CapSize { get; init => field = Positive(value, nameof(CapSize)); } = 6;

    /// <summary>Colour of text, axis frames and tick marks; default #222222.</summary>
    public Color TextColor { get; init; } = Color.FromHex("#222222");

    /// <summary>Colour of major grid lines; default #E3E3E3.</summary>
    public Color GridColor { get; init; } = Color.FromHex("#E3E3E3");

    /// <summary>Colour of reference lines (null line, thresholds); default #555555.</summary>
    public Color ReferenceLineColor { get; init; } = Color.FromHex("#555555");

    /// <summary>Figure and data background; default white.</summary>
    public Color BackgroundColor { get; init; } = Colors.White;

    /// <summary>The font name handed to ScottPlot (the embedded font's private alias when it is used).</summary>
    internal string ResolvedFontName =>
        UseBundledFont && FontName == BundledFonts.FamilyName ? BundledFonts.EnsureRegistered() : FontName;

    /// <summary>
    /// Applies the style to a plot: backgrounds, the title, every axis (title and tick labels), the grid and the legend.
    /// Call it after the axes are set up (figure builders do); text plottables are styled when they are added.
    /// </summary>
    /// <param name="plot">The plot.</param>
    public void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        string font = ResolvedFontName;
        plot.FigureBackground.Color = BackgroundColor;
        plot.DataBackground.Color = BackgroundColor;

        var title = plot.Axes.Title.Label;
        title.FontName = font;
        title.FontSize = TitleFontSize;
        title.ForeColor = TextColor;
        title.Bold = true;

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = font;
            axis.Label.FontSize = AxisLabelFontSize;
            axis.Label.ForeColor = TextColor;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontName = font;
            axis.TickLabelStyle.FontSize = TickLabelFontSize;
            axis.TickLabelStyle.ForeColor = TextColor;
            axis.TickLabelStyle.Bold = false;
            axis.FrameLineStyle.Color = TextColor;
            axis.MajorTickStyle.Color = TextColor;
            axis.MinorTickStyle.Color = TextColor;
            axis.MinorTickStyle.Length = 0;
        }

        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MinorLineWidth = 0;

        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = font;
        plot.Legend.FontSize = LegendFontSize;
        plot.Legend.FontColor = TextColor;
        plot.Legend.OutlineColor = GridColor;
        plot.Legend.BackgroundColor = BackgroundColor;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
    }

    /// <summary>Styles a text plottable: font, size (default <see cref="AnnotationFontSize"/>) and colour (default <see cref="TextColor"/>).</summary>
    /// <param name="text">The text plottable.</param>
    /// <param name="size">Font size; <c>null</c> = <see cref="AnnotationFontSize"/>.</param>
    /// <param name="color">Colour; <c>null</c> = <see cref="TextColor"/>.</param>
    public void Apply(ScottPlot.Plottables.Text text, float? size = null, Color? color = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.LabelFontName = ResolvedFontName;
        text.LabelFontSize = size ?? AnnotationFontSize;
        text.LabelFontColor = color ?? TextColor;
        text.LabelBold = false;
    }

    private static float Positive(float value, string name) => Guard.Positive(value, name, "The size must be positive and finite.");
}
