namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Converts the adverse-event table (adae): USUBJID known to adsl, AEBODSYS and AEDECOD present (the event is coded),
/// AESEV MILD, MODERATE or SEVERE, AESER and TRTEMFL Y or N, ASTDT a date.
/// </summary>
internal static class AdaeConverter
{
    /// <summary>Reads the adverse events of the subjects in <paramref name="subjects"/>.</summary>
    public static List<AdverseEvent> Read(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var list = new List<AdverseEvent>();
        TableConversion.Run(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.AeBodSys, ExportColumns.AeDecod, ExportColumns.AeSev, ExportColumns.AeSer],
            optional: [ExportColumns.AstDt, ExportColumns.AeRel, ExportColumns.AeAcn, ExportColumns.AeOut, ExportColumns.TrtEmFl],
            r =>
            {
                var id = r.Subject(subjects);
                var soc = r.Text(ExportColumns.AeBodSys, required: true, "missing system organ class (is the event coded?)");
                var pt = r.Text(ExportColumns.AeDecod, required: true, "missing preferred term (is the event coded?)");
                AeSeverity? severity = null;
                var sev = r.Text(ExportColumns.AeSev, required: false);
                if (sev is not null)
                {
                    severity = sev.ToUpperInvariant() switch
                    {
                        "MILD" => AeSeverity.Mild,
                        "MODERATE" => AeSeverity.Moderate,
                        "SEVERE" => AeSeverity.Severe,
                        _ => null,
                    };
                    if (severity is null) r.Problem(ExportColumns.AeSev, sev, "not a severity: expected MILD, MODERATE or SEVERE");
                }
                var serious = r.Flag(ExportColumns.AeSer, required: false);
                var start = r.Date(ExportColumns.AstDt);
                var emergent = r.Flag(ExportColumns.TrtEmFl, required: false);
                if (!r.Ok) return;
                list.Add(new AdverseEvent
                {
                    UsubjId = id!,
                    Soc = r.Intern(soc!),
                    Pt = r.Intern(pt!),
                    StartDate = start,
                    Severity = severity,
                    Serious = serious,
                    Relationship = r.Intern(r.Text(ExportColumns.AeRel, false)),
                    ActionTaken = r.Intern(r.Text(ExportColumns.AeAcn, false)),
                    Outcome = r.Intern(r.Text(ExportColumns.AeOut, false)),
                    TreatmentEmergentFlag = emergent,
                    Position = r.Position,
                });
            },
            out _);
        return list;
    }
}
