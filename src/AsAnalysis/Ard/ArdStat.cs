namespace AsAnalysis.Ard;

/// <summary>
/// The statistic names of ard.csv's <c>stat</c> column (docs/endpoints.md and docs/safety.md say which analysis writes
/// which). Proportions (<see cref="Rate"/>, <see cref="Pct"/>, differences of rates) are fractions, never percentages;
/// rates per 100 patient-years carry the method <see cref="ArdMethod.Per100PatientYears"/>.
/// </summary>
public static class ArdStat
{
    /// <summary><c>N</c>: subjects in the denominator (the arm's analysis population, or the subjects analysed).</summary>
    public const string N = "N";
    /// <summary><c>n</c>: a count of subjects (responders; subjects with a value; subjects with a known time at risk).</summary>
    public const string Count = "n";
    /// <summary><c>rate</c>: a response rate, n / N.</summary>
    public const string Rate = "rate";
    /// <summary><c>pct</c>: the proportion of subjects with the event, n_subjects / N.</summary>
    public const string Pct = "pct";
    /// <summary><c>total</c>: a sum over the subjects (administrations, dose).</summary>
    public const string Total = "total";
    /// <summary><c>ci_low</c>: lower confidence limit of the estimate named by the method.</summary>
    public const string CiLow = "ci_low";
    /// <summary><c>ci_high</c>: upper confidence limit of the estimate named by the method.</summary>
    public const string CiHigh = "ci_high";
    /// <summary><c>diff</c>: a difference, treatment minus control.</summary>
    public const string Diff = "diff";
    /// <summary><c>se</c>: standard error of the difference.</summary>
    public const string Se = "se";
    /// <summary><c>p_value</c>: two-sided p-value of the test named by the method.</summary>
    public const string PValue = "p_value";
    /// <summary><c>odds_ratio</c>: an odds ratio, treatment over control.</summary>
    public const string OddsRatio = "odds_ratio";
    /// <summary><c>lsmean</c>: an arm's least-squares mean.</summary>
    public const string LsMean = "lsmean";
    /// <summary><c>n_imputed</c>: subjects whose response was imputed (in total, or for the reason in the term column).</summary>
    public const string NImputed = "n_imputed";
    /// <summary><c>n_excluded</c>: subjects left out (in total, or for the reason in the term column).</summary>
    public const string NExcluded = "n_excluded";
    /// <summary><c>mean</c>: arithmetic mean.</summary>
    public const string Mean = "mean";
    /// <summary><c>sd</c>: sample standard deviation.</summary>
    public const string Sd = "sd";
    /// <summary><c>median</c>: median.</summary>
    public const string Median = "median";
    /// <summary><c>q1</c>: first quartile.</summary>
    public const string Q1 = "q1";
    /// <summary><c>q3</c>: third quartile.</summary>
    public const string Q3 = "q3";
    /// <summary><c>min</c>: minimum.</summary>
    public const string Min = "min";
    /// <summary><c>max</c>: maximum.</summary>
    public const string Max = "max";
    /// <summary><c>n_subjects</c>: subjects with at least one event of the row.</summary>
    public const string NSubjects = "n_subjects";
    /// <summary><c>n_events</c>: events (records) of the row.</summary>
    public const string NEvents = "n_events";
    /// <summary><c>n_at_risk</c>: subjects with a known time at risk.</summary>
    public const string NAtRisk = "n_at_risk";
    /// <summary><c>py</c>: patient-years at risk.</summary>
    public const string Py = "py";
    /// <summary><c>py_to_first_event</c>: patient-years at risk up to each subject's first event.</summary>
    public const string PyToFirstEvent = "py_to_first_event";
    /// <summary><c>eair</c>: exposure-adjusted incidence rate, subjects with the event per 100 patient-years.</summary>
    public const string Eair = "eair";
    /// <summary><c>eair_ci_low</c>: lower limit of the EAIR.</summary>
    public const string EairCiLow = "eair_ci_low";
    /// <summary><c>eair_ci_high</c>: upper limit of the EAIR.</summary>
    public const string EairCiHigh = "eair_ci_high";
    /// <summary><c>eaer</c>: exposure-adjusted event rate, events per 100 patient-years.</summary>
    public const string Eaer = "eaer";
    /// <summary><c>eaer_ci_low</c>: lower limit of the EAER.</summary>
    public const string EaerCiLow = "eaer_ci_low";
    /// <summary><c>eaer_ci_high</c>: upper limit of the EAER.</summary>
    public const string EaerCiHigh = "eaer_ci_high";
    /// <summary><c>eair_diff</c>: difference of EAIRs per 100 patient-years, treatment minus control.</summary>
    public const string EairDiff = "eair_diff";
    /// <summary><c>eair_diff_ci_low</c>: lower limit of the EAIR difference.</summary>
    public const string EairDiffCiLow = "eair_diff_ci_low";
    /// <summary><c>eair_diff_ci_high</c>: upper limit of the EAIR difference.</summary>
    public const string EairDiffCiHigh = "eair_diff_ci_high";
    /// <summary><c>eair_ratio</c>: ratio of EAIRs, treatment over control.</summary>
    public const string EairRatio = "eair_ratio";
    /// <summary><c>eair_ratio_ci_low</c>: lower limit of the EAIR ratio.</summary>
    public const string EairRatioCiLow = "eair_ratio_ci_low";
    /// <summary><c>eair_ratio_ci_high</c>: upper limit of the EAIR ratio.</summary>
    public const string EairRatioCiHigh = "eair_ratio_ci_high";
}
