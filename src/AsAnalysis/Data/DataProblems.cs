using System.Text;

namespace AsAnalysis.Data;

/// <summary>One problem found in an input file: where it is, what value, and why it was rejected.</summary>
/// <param name="File">File name (e.g. <c>adeff.csv</c>).</param>
/// <param name="Line">1-based line (CSV; the header is line 1) or record number (XPT); 0 for a file-level problem.</param>
/// <param name="Column">Column (variable) name, canonical where known; empty for a file- or row-level problem.</param>
/// <param name="Value">The offending raw value (empty when none).</param>
/// <param name="Reason">Why it was rejected, in plain words.</param>
public sealed record DataProblem(string File, long Line, string Column, string Value, string Reason)
{
    /// <summary>Formats as <c>file:line, column COL, value 'v': reason</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line > 0) sb.Append(':').Append(Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Column.Length > 0) sb.Append(", column ").Append(Column);
        if (Value.Length > 0) sb.Append(", value '").Append(Value.Length > 60 ? Value[..60] + "..." : Value).Append('\'');
        sb.Append(": ").Append(Reason);
        return sb.ToString();
    }
}

/// <summary>Thrown when an export has problems; lists every problem found, not only the first.</summary>
public sealed class TrialDataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public TrialDataException(IReadOnlyList<DataProblem> problems)
        : this(problems, 0)
    {
    }

    /// <summary>Creates the exception from the problems listed and the number of further problems that were found but not listed.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="unlistedProblems">Problems found beyond <see cref="LoadOptions.MaxProblems"/>; not negative.</param>
    public TrialDataException(IReadOnlyList<DataProblem> problems, int unlistedProblems)
        : base(BuildMessage(problems, unlistedProblems))
    {
        Problems = problems;
        UnlistedProblems = unlistedProblems;
    }

    /// <summary>Every problem found (up to <see cref="LoadOptions.MaxProblems"/>), in file and line order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>How many further problems were found but not listed (0 unless <see cref="LoadOptions.MaxProblems"/> was reached).</summary>
    public int UnlistedProblems { get; }

    private static string BuildMessage(IReadOnlyList<DataProblem> problems, int unlistedProblems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0) throw new ArgumentException("At least one problem is required.", nameof(problems));
        ArgumentOutOfRangeException.ThrowIfNegative(unlistedProblems);
        var total = problems.Count + unlistedProblems;
        var sb = new StringBuilder();
        sb.Append(total == 1 ? "The trial export has 1 problem:" : $"The trial export has {total} problems:");
        foreach (var p in problems) sb.AppendLine().Append("  ").Append(p);
        if (unlistedProblems > 0)
            sb.AppendLine().Append("  ... and ").Append(unlistedProblems).Append(" more not listed (LoadOptions.MaxProblems).");
        return sb.ToString();
    }
}
