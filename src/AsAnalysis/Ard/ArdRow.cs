namespace AsAnalysis.Ard;

/// <summary>
/// One row of the analysis-results dataset (ard.csv): one statistic, full precision.
/// Columns, in order: analysis, endpoint, visit, arm, term, stat, method, value.
/// </summary>
/// <param name="Analysis">Analysis name, see <see cref="ArdAnalysis"/> (e.g. <c>efficacy_binary</c>).</param>
/// <param name="Endpoint">Endpoint or safety overview row name (e.g. <c>ASAS20</c>, <c>ANY_TEAE</c>).</param>
/// <param name="Visit">Visit label (e.g. <c>Week 12</c>); empty for safety.</param>
/// <param name="Arm">Arm label, or <c>difference</c> for between-arm rows (treatment minus control).</param>
/// <param name="Term">SOC for <c>safety_soc</c>, <c>SOC|PT</c> for <c>safety_pt</c>, else empty.</param>
/// <param name="Stat">Statistic name, one of <see cref="ArdStat"/> (e.g. <c>N</c>, <c>rate</c>, <c>ci_low</c>).</param>
/// <param name="Method">Method: the <c>Code()</c> of a method enum (e.g. <c>wilson</c>) or one of <see cref="ArdMethod"/>; empty when not applicable.</param>
/// <param name="Value">The value, full precision.</param>
public sealed record ArdRow(string Analysis, string Endpoint, string Visit, string Arm, string Term, string Stat, string Method, double Value);
