namespace AsAnalysis.Statistics.Logistic;

/// <summary>Codes and labels of <see cref="LogisticFitStatus"/>.</summary>
public static class LogisticFitStatusNames
{
    /// <summary>snake_case code, e.g. <c>quasi_complete_separation</c>.</summary>
    /// <param name="status">The status.</param>
    public static string Code(this LogisticFitStatus status) => status switch
    {
        LogisticFitStatus.Converged => "converged",
        LogisticFitStatus.NotConverged => "not_converged",
        LogisticFitStatus.QuasiCompleteSeparation => "quasi_complete_separation",
        LogisticFitStatus.CompleteSeparation => "complete_separation",
        LogisticFitStatus.RankDeficient => "rank_deficient",
        LogisticFitStatus.NoData => "no_data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Compact label for table headers, e.g. <c>quasi-separation</c>.</summary>
    /// <param name="status">The status.</param>
    public static string ShortLabel(this LogisticFitStatus status) => status switch
    {
        LogisticFitStatus.Converged => "converged",
        LogisticFitStatus.NotConverged => "not converged",
        LogisticFitStatus.QuasiCompleteSeparation => "quasi-separation",
        LogisticFitStatus.CompleteSeparation => "separation",
        LogisticFitStatus.RankDeficient => "rank deficient",
        LogisticFitStatus.NoData => "no data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Words for footnotes, e.g. <c>quasi-complete separation (estimates do not exist)</c>.</summary>
    /// <param name="status">The status.</param>
    public static string Label(this LogisticFitStatus status) => status switch
    {
        LogisticFitStatus.Converged => "converged",
        LogisticFitStatus.NotConverged => "did not converge within the iteration limit",
        LogisticFitStatus.QuasiCompleteSeparation => "quasi-complete separation (estimates do not exist)",
        LogisticFitStatus.CompleteSeparation => "complete separation (estimates do not exist)",
        LogisticFitStatus.RankDeficient => "design not of full rank (estimates not identifiable)",
        LogisticFitStatus.NoData => "no observations",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
