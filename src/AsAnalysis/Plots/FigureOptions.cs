namespace AsAnalysis.Plots;

/// <summary>
/// Options shared by the ready-made figures of <see cref="Figures"/>; <see cref="Default"/> has every default. Every
/// member is checked when set, so an instance is always valid. Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record FigureOptions
{
    /// <summary>Default options: the default style, colours from the results, each figure's own title and design size, 1,000 waterfall bars and 200 trajectories per arm at most.</summary>
    public static FigureOptions Default { get; } = new();

    /// <summary>The style; default <see cref="FigureStyle.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public FigureStyle Style { get; init => field = Guard.NotNull(value, nameof(Style)); } = FigureStyle.Default;

    /// <summary>Arm colours; <c>null</c> (default) derives them from the results (control arm blue). Pass one map to every figure of a report.</summary>
    public ArmColors? Colors { get; init; }

    /// <summary>Title; <c>null</c> (default) uses the figure's own title, empty omits it (e.g. when the report prints a caption). Any text.</summary>
    public string? Title { get; init; }

    /// <summary>Width in pixels, 1 to <see cref="FigureExport.MaxSize"/>; <c>null</c> (default) uses the figure's design width.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1 to <see cref="FigureExport.MaxSize"/>.</exception>
    public int? Width { get; init => field = value is null ? null : FigureExport.CheckWidth(value.Value, nameof(Width)); }

    /// <summary>Height in pixels, 1 to <see cref="FigureExport.MaxSize"/>; <c>null</c> (default) uses the figure's design height.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1 to <see cref="FigureExport.MaxSize"/>.</exception>
    public int? Height { get; init => field = value is null ? null : FigureExport.CheckHeight(value.Value, nameof(Height)); }

    /// <summary>
    /// At most this many bars in a waterfall (<see cref="Figures.Waterfall"/>); with more subjects, this many evenly spaced
    /// in the sorted order are drawn and the axis label says so. Default 1,000 (about one bar per pixel of the design
    /// width); <c>null</c> draws every subject; at least 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 2.</exception>
    public int? MaxWaterfallBars { get; init => field = CheckLimit(value, nameof(MaxWaterfallBars)); } = 1000;

    /// <summary>
    /// At most this many subject lines per arm in a spaghetti plot (<see cref="Figures.AsdasTrajectories"/>); with more
    /// subjects, this many evenly spaced in subject-id order are drawn and the panel titles and axis labels say so. Default 200;
    /// <c>null</c> draws every subject; at least 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 2.</exception>
    public int? MaxTrajectoriesPerArm { get; init => field = CheckLimit(value, nameof(MaxTrajectoriesPerArm)); } = 200;

    private static int? CheckLimit(int? value, string name) => Guard.NullOrAtLeast(value, 2, name, "At least 2 (or null for no limit).");

    internal string? TitleOr(string defaultTitle) => Title is null ? defaultTitle : Title.Length == 0 ? null : Title;
}
