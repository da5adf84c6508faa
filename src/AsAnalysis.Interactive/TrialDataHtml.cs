using System.Globalization;
using System.Text;
using AsAnalysis.Data;

namespace AsAnalysis.Interactive;

/// <summary>
/// The notebook summary of a <see cref="TrialData"/> (from <see cref="TrialData.Summarize"/>, as the CLI's <c>validate</c>):
/// subjects per arm and population, efficacy records per visit, adverse events and exposure per arm, source files.
/// </summary>
public static class TrialDataHtml
{
    /// <summary>The summary as an HTML fragment (outer element has class <c>asanalysis-trialdata</c>).</summary>
    /// <param name="data">The trial data.</param>
    public static string Render(TrialData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var summary = data.Summarize();
        var html = new StringBuilder();
        HtmlText.Open(html, "trialdata");
        html.Append("<p><b>TrialData</b>: ")
            .Append(HtmlText.Int(data.Subjects.Count)).Append(" subjects, ")
            .Append(HtmlText.Int(data.Assessments.Count)).Append(" efficacy records, ")
            .Append(HtmlText.Int(data.AdverseEvents.Count)).Append(" adverse events, ")
            .Append(HtmlText.Int(data.Exposures.Count)).Append(" exposure records</p>");

        HtmlText.Table(html, "Subjects by planned arm and population",
            ["Planned arm", "Randomized", "ITT", "Safety", "Per protocol", "Discontinued"],
            summary.Arms.Select(a => Row(HtmlText.Encode(a.Arm), HtmlText.Int(a.Randomized), HtmlText.Int(a.Itt), HtmlText.Int(a.Safety),
                HtmlText.Int(a.PerProtocol), HtmlText.Int(a.Discontinued))),
            i => i > 0);

        if (summary.Visits.Count > 0)
        {
            HtmlText.Table(html, "Efficacy records by visit", ["Week", "Visit", "Records", "Subjects", "Missing values"],
                summary.Visits.Select(v => Row(v.VisitWeek.ToString(CultureInfo.InvariantCulture), HtmlText.Encode(v.Label),
                    HtmlText.Int(v.Records), HtmlText.Int(v.Subjects), HtmlText.Int(v.MissingValues))),
                i => i != 1);
        }

        if (data.AdverseEvents.Count > 0)
        {
            HtmlText.Table(html, "Adverse event records by actual arm", ["Actual arm", "Records", "Subjects", "Serious", "Flagged not treatment-emergent"],
                summary.AdverseEvents.Select(a => Row(HtmlText.Encode(a.Arm), HtmlText.Int(a.Records), HtmlText.Int(a.Subjects),
                    HtmlText.Int(a.Serious), HtmlText.Int(a.FlaggedNotEmergent))),
                i => i > 0);
        }

        if (data.Exposures.Count > 0)
        {
            HtmlText.Table(html, "Exposure by actual arm", ["Actual arm", "Administrations", "Subjects"],
                summary.Exposure.Select(x => Row(HtmlText.Encode(x.Arm), HtmlText.Int(x.Administrations), HtmlText.Int(x.Subjects))),
                i => i > 0);
        }

        if (summary.SourceFiles.Count > 0)
        {
            HtmlText.Table(html, "Source files", ["File", "Records", "SHA-256 (first 12)"],
                summary.SourceFiles.Select(f => Row(HtmlText.Encode(f.Name), HtmlText.Int(f.Records),
                    "<code>" + HtmlText.Encode(f.Sha256.Length > 12 ? f.Sha256[..12] : f.Sha256) + "</code>")),
                i => i == 1);
        }
        HtmlText.Close(html);
        return html.ToString();
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
