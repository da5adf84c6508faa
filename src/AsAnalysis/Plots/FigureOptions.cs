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

    internal string? TitleOr(string defaultTitle) => Title is null ? defaultTitle : Title.Length == 0 ? null : Title;
}
