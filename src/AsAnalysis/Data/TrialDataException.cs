using System.Text;

namespace AsAnalysis.Data;

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
