using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>Subject trajectories: one thin line per subject in its arm's colour.</summary>
public sealed class TrajectoriesPlot : PlotElement
{
    internal TrajectoriesPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<Scatter> lines, IReadOnlyDictionary<string, int> subjects)
        : base(plot, parts)
    {
        Lines = lines;
        Subjects = subjects;
    }

    /// <summary>One line per drawn subject, in input order (every subject unless a per-arm limit applied).</summary>
    public IReadOnlyList<Scatter> Lines { get; }
    /// <summary>The number of subjects given per arm (drawn or not).</summary>
    public IReadOnlyDictionary<string, int> Subjects { get; }
}
