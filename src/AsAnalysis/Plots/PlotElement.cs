using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// What an AsAnalysis <c>plot.Add.*</c> method returns: a handle on the ordinary ScottPlot plottables it added (bars,
/// error bars, markers, text), to restyle them as any ScottPlot plottable, plus the category ticks the element
/// defines. Removing or hiding the element acts on all its parts.
/// </summary>
public abstract class PlotElement
{
    private protected PlotElement(Plot plot, IReadOnlyList<IPlottable> parts)
    {
        Plot = plot;
        Parts = parts;
    }

    /// <summary>The plot the parts were added to.</summary>
    public Plot Plot { get; }

    /// <summary>Every plottable the element added, in drawing order.</summary>
    public IReadOnlyList<IPlottable> Parts { get; }

    /// <summary>Whether the parts are drawn (setting it shows or hides all of them).</summary>
    public bool IsVisible
    {
        get => Parts.Any(p => p.IsVisible);
        set
        {
            foreach (var p in Parts) p.IsVisible = value;
        }
    }

    /// <summary>Removes every part from the plot.</summary>
    public void Remove()
    {
        foreach (var p in Parts) Plot.Remove(p);
    }
}
