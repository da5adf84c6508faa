namespace AsAnalysis.Plots;

/// <summary>Options shared by the ready-made figures of <see cref="Figures"/>.</summary>
public sealed record FigureOptions
{
    /// <summary>Default options.</summary>
    public static FigureOptions Default { get; } = new();

    /// <summary>The style; default <see cref="FigureStyle.Default"/>.</summary>
    public FigureStyle Style { get; init => field = value ?? throw new ArgumentNullException(nameof(Style)); } = FigureStyle.Default;

    /// <summary>Arm colours; <c>null</c> (default) derives them from the results (control arm blue). Pass one map to every figure of a report.</summary>
    public ArmColors? Colors { get; init; }

    /// <summary>Title; <c>null</c> (default) uses the figure's own title, empty omits it (e.g. when the report prints a caption).</summary>
    public string? Title { get; init; }

    /// <summary>Width in pixels; <c>null</c> (default) uses the figure's design width.</summary>
    public int? Width { get; init => field = value is null ? null : FigureExport.CheckWidth(value.Value, nameof(Width)); }

    /// <summary>Height in pixels; <c>null</c> (default) uses the figure's design height.</summary>
    public int? Height { get; init => field = value is null ? null : FigureExport.CheckHeight(value.Value, nameof(Height)); }

    /// <summary>
    /// At most this many bars in a waterfall (<see cref="Figures.Waterfall"/>); with more subjects, this many evenly spaced
    /// in the sorted order are drawn and the axis label says so. Default 1,000 (about one bar per pixel of the design
    /// width); <c>null</c> draws every subject; at least 2.
    /// </summary>
    public int? MaxWaterfallBars { get; init => field = CheckLimit(value, nameof(MaxWaterfallBars)); } = 1000;

    /// <summary>
    /// At most this many subject lines per arm in a spaghetti plot (<see cref="Figures.AsdasTrajectories"/>); with more
    /// subjects, this many evenly spaced in subject-id order are drawn and the panel titles and axis labels say so. Default 200;
    /// <c>null</c> draws every subject; at least 2.
    /// </summary>
    public int? MaxTrajectoriesPerArm { get; init => field = CheckLimit(value, nameof(MaxTrajectoriesPerArm)); } = 200;

    private static int? CheckLimit(int? value, string name) =>
        value is < 2 ? throw new ArgumentOutOfRangeException(name, value, "At least 2 (or null for no limit).") : value;

    internal string? TitleOr(string defaultTitle) => Title is null ? defaultTitle : Title.Length == 0 ? null : Title;
}
