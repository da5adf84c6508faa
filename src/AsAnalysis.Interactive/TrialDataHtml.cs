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
        NotebookHtml.Open(html, "trialdata");
        html.Append("<p><b>TrialData</b>: ")
            .Append(NotebookHtml.Int(data.Subjects.Count)).Append(" subjects, ")
            .Append(NotebookHtml.Int(data.Assessments.Count)).Append(" efficacy records, ")
            .Append(NotebookHtml.Int(data.AdverseEvents.Count)).Append(" adverse events, ")
            .Append(NotebookHtml.Int(data.Exposures.Count)).Append(" exposure records</p>");

        NotebookHtml.Table(html, "Subjects by planned arm and population",
            ["Planned arm", "Randomized", "ITT", "Safety", "Per protocol", "Discontinued"],
            summary.Arms.Select(a => Row(NotebookHtml.Encode(a.Arm), NotebookHtml.Int(a.Randomized), NotebookHtml.Int(a.Itt), NotebookHtml.Int(a.Safety),
                NotebookHtml.Int(a.PerProtocol), NotebookHtml.Int(a.Discontinued))),
            i => i > 0);

        if (summary.Visits.Count > 0)
        {
            NotebookHtml.Table(html, "Efficacy records by visit", ["Week", "Visit", "Records", "Subjects", "Missing values"],
                summary.Visits.Select(v => Row(v.VisitWeek.ToString(CultureInfo.InvariantCulture), NotebookHtml.Encode(v.Label),
                    NotebookHtml.Int(v.Records), NotebookHtml.Int(v.Subjects), NotebookHtml.Int(v.MissingValues))),
                i => i != 1);
        }

        if (data.AdverseEvents.Count > 0)
        {
            NotebookHtml.Table(html, "Adverse event records by actual arm", ["Actual arm", "Records", "Subjects", "Serious", "Flagged not treatment-emergent"],
                summary.AdverseEvents.Select(a => Row(NotebookHtml.Encode(a.Arm), NotebookHtml.Int(a.Records), NotebookHtml.Int(a.Subjects),
                    NotebookHtml.Int(a.Serious), NotebookHtml.Int(a.FlaggedNotEmergent))),
                i => i > 0);
        }

        if (data.Exposures.Count > 0)
        {
            NotebookHtml.Table(html, "Exposure by actual arm", ["Actual arm", "Administrations", "Subjects"],
                summary.Exposure.Select(x => Row(NotebookHtml.Encode(x.Arm), NotebookHtml.Int(x.Administrations), NotebookHtml.Int(x.Subjects))),
                i => i > 0);
        }

        if (summary.SourceFiles.Count > 0)
        {
            NotebookHtml.Table(html, "Source files", ["File", "Records", "SHA-256 (first 12)"],
                summary.SourceFiles.Select(f => Row(NotebookHtml.Encode(f.Name), NotebookHtml.Int(f.Records),
                    "<code>" + NotebookHtml.Encode(f.Sha256.Length > 12 ? f.Sha256[..12] : f.Sha256) + "</code>")),
                i => i == 1);
        }
        NotebookHtml.Close(html);
        return html.ToString();
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
