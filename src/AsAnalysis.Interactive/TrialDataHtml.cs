using System.Globalization;
using System.Text;
using AsAnalysis.Data;

namespace AsAnalysis.Interactive;

/// <summary>The notebook summary of a <see cref="TrialData"/>: subjects per arm and population, efficacy records per visit, adverse events per arm, source files.</summary>
public static class TrialDataHtml
{
    /// <summary>The summary as an HTML fragment (outer element has class <c>asanalysis-trialdata</c>).</summary>
    /// <param name="data">The trial data.</param>
    public static string Render(TrialData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var html = new StringBuilder();
        HtmlText.Open(html, "trialdata");
        html.Append("<p><b>TrialData</b>: ")
            .Append(HtmlText.Int(data.Subjects.Count)).Append(" subjects, ")
            .Append(HtmlText.Int(data.Assessments.Count)).Append(" efficacy records, ")
            .Append(HtmlText.Int(data.AdverseEvents.Count)).Append(" adverse events, ")
            .Append(HtmlText.Int(data.Exposures.Count)).Append(" exposure records</p>");

        // Subjects by planned arm (efficacy grouping) and population flags.
        var arms = data.PlannedArms.Select(arm =>
        {
            var s = data.Subjects.Where(x => x.PlannedArm == arm).ToArray();
            return (IReadOnlyList<string>)
            [
                HtmlText.Encode(arm), HtmlText.Int(s.Length), HtmlText.Int(s.Count(x => x.Itt)), HtmlText.Int(s.Count(x => x.Safety)),
                HtmlText.Int(s.Count(x => x.PerProtocol == true)),
                HtmlText.Int(s.Count(x => string.Equals(x.EndOfStudyStatus?.Trim(), "DISCONTINUED", StringComparison.OrdinalIgnoreCase))),
            ];
        });
        HtmlText.Table(html, "Subjects by planned arm", ["Planned arm", "Randomized", "ITT", "Safety", "Per protocol", "Discontinued"], arms, i => i > 0);

        if (data.Assessments.Count > 0)
        {
            var visits = data.Assessments
                .GroupBy(a => a.VisitWeek)
                .OrderBy(g => g.Key)
                .Select(g => (IReadOnlyList<string>)
                [
                    HtmlText.Encode(g.Key.ToString(CultureInfo.InvariantCulture)),
                    HtmlText.Encode(g.Select(a => a.VisitLabel).FirstOrDefault(l => !string.IsNullOrEmpty(l)) ?? string.Empty),
                    HtmlText.Int(g.Count()),
                    HtmlText.Int(g.Select(a => a.UsubjId).Distinct(StringComparer.Ordinal).Count()),
                    HtmlText.Int(g.Count(a => a.Value is null)),
                ]);
            HtmlText.Table(html, "Efficacy records by visit", ["Week", "Visit", "Records", "Subjects", "Missing values"], visits, i => i != 1);
        }

        if (data.AdverseEvents.Count > 0)
        {
            var armOf = data.Subjects.ToDictionary(s => s.UsubjId, s => s.ActualArm, StringComparer.Ordinal);
            var aes = data.ActualArms.Select(arm =>
            {
                var events = data.AdverseEvents.Where(e => armOf[e.UsubjId] == arm).ToArray();
                return (IReadOnlyList<string>)
                [
                    HtmlText.Encode(arm), HtmlText.Int(events.Length),
                    HtmlText.Int(events.Select(e => e.UsubjId).Distinct(StringComparer.Ordinal).Count()),
                    HtmlText.Int(events.Count(e => e.Serious == true)),
                ];
            });
            HtmlText.Table(html, "Adverse event records by actual arm", ["Actual arm", "Records", "Subjects with a record", "Serious"], aes, i => i > 0);
        }

        if (data.SourceFiles.Count > 0)
        {
            var files = data.SourceFiles.Select(f => (IReadOnlyList<string>)
            [
                HtmlText.Encode(f.Name), HtmlText.Int(f.Records),
                "<code>" + HtmlText.Encode(f.Sha256.Length > 12 ? f.Sha256[..12] : f.Sha256) + "</code>",
            ]);
            HtmlText.Table(html, "Source files", ["File", "Records", "SHA-256 (first 12)"], files, i => i == 1);
        }
        HtmlText.Close(html);
        return html.ToString();
    }
}
