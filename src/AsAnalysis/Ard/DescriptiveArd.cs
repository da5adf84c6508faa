using AsAnalysis.Statistics;

namespace AsAnalysis.Ard;

/// <summary>The ard.csv statistics of a <see cref="DescriptiveSummary"/>, shared by the efficacy and the exposure flatteners.</summary>
internal static class DescriptiveArd
{
    /// <summary>Adds n, mean, sd, median, q1, q3, min and max, in that order.</summary>
    public static void Add(DescriptiveSummary d, Action<string, double> add)
    {
        add(ArdStat.Count, d.N);
        add(ArdStat.Mean, d.Mean);
        add(ArdStat.Sd, d.StandardDeviation);
        add(ArdStat.Median, d.Median);
        add(ArdStat.Q1, d.FirstQuartile);
        add(ArdStat.Q3, d.ThirdQuartile);
        add(ArdStat.Min, d.Min);
        add(ArdStat.Max, d.Max);
    }
}
