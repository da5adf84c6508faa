using System.Globalization;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Converts the subject-level table (adsl) into subjects: USUBJID unique, TRT01P, ITTFL and SAFFL present, TRTEDT not
/// before TRTSDT, AGE within 0-150, at least one subject and the number of planned arms that
/// <see cref="LoadOptions.RequiredArmCount"/> asks for.
/// </summary>
internal static class AdslConverter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Reads the subjects. The index knows every USUBJID written (also those of rows with problems); its
    /// <see cref="SubjectIndex.Lines"/> is null when the other tables' subjects cannot be checked (adsl unreadable, a
    /// required column missing, no subject rows).
    /// </summary>
    public static SubjectIndex Read(TableSource source, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var index = new SubjectIndex(source.FileName);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var arms = new List<(string Arm, long Line)>();
        var armSet = new HashSet<string>(StringComparer.Ordinal);
        var ok = TableConversion.Run(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.Trt01P, ExportColumns.IttFl, ExportColumns.SafFl],
            optional: [ExportColumns.Trt01A, ExportColumns.PprotFl, ExportColumns.TrtSdt, ExportColumns.TrtEdt, ExportColumns.Age, ExportColumns.Sex,
                ExportColumns.HlaB27, ExportColumns.Strat1, ExportColumns.EosStt, ExportColumns.DcsReas, ExportColumns.EosDt, ExportColumns.DthFl],
            (RowScope r) =>
            {
                var id = r.Text(ExportColumns.UsubjId, required: true);
                if (id is not null)
                {
                    if (lines.TryGetValue(id, out var first))
                        r.Problem(ExportColumns.UsubjId, id, TrialDataInvariants.DuplicateSubject(first));
                    else
                    {
                        lines.Add(id, r.Line);
                        index.Ids[id] = id;
                    }
                }
                var planned = r.Text(ExportColumns.Trt01P, required: true);
                if (planned is not null && armSet.Add(planned)) arms.Add((planned, r.Line));
                var actual = r.Text(ExportColumns.Trt01A, required: false) ?? planned;
                var itt = r.Flag(ExportColumns.IttFl, required: true);
                var saf = r.Flag(ExportColumns.SafFl, required: true);
                var pp = r.Flag(ExportColumns.PprotFl, required: false);
                var start = r.Date(ExportColumns.TrtSdt);
                var end = r.Date(ExportColumns.TrtEdt);
                if (start is not null && end is not null && end < start)
                    r.Problem(ExportColumns.TrtEdt, r.Raw(ExportColumns.TrtEdt), $"last treatment date is before the first treatment date {start.Value.ToString("yyyy-MM-dd", Inv)}");
                var age = r.Number(ExportColumns.Age, required: false);
                if (age is < 0 or > 150) r.Problem(ExportColumns.Age, r.Raw(ExportColumns.Age), "age outside 0-150 years");
                var died = r.Flag(ExportColumns.DthFl, required: false);
                var eosDate = r.Date(ExportColumns.EosDt);
                if (!r.Ok) return;
                index.RecordIndex[id!] = index.Records.Count;
                index.Records.Add(new Subject
                {
                    UsubjId = id!,
                    PlannedArm = r.Intern(planned!),
                    ActualArm = r.Intern(actual!),
                    Itt = itt!.Value,
                    Safety = saf!.Value,
                    PerProtocol = pp,
                    TreatmentStart = start,
                    TreatmentEnd = end,
                    Age = age,
                    Sex = r.Intern(r.Text(ExportColumns.Sex, false)),
                    HlaB27 = r.Intern(r.Text(ExportColumns.HlaB27, false)),
                    Stratum = r.Intern(r.Text(ExportColumns.Strat1, false)),
                    EndOfStudyStatus = r.Intern(r.Text(ExportColumns.EosStt, false)),
                    DiscontinuationReason = r.Intern(r.Text(ExportColumns.DcsReas, false)),
                    EndOfStudyDate = eosDate,
                    Died = died,
                    Position = r.Position,
                });
            },
            out var rowCount,
            salvage: r =>
            {
                // A row with the wrong field count or bad quoting is reported as such; its USUBJID (when readable) still
                // counts as known, so that the subject's other records do not pile up "unknown subject" problems.
                if (r.Raw(ExportColumns.UsubjId) is string id && lines.TryAdd(id, r.Line)) index.Ids[id] = id;
            });
        if (!ok) return index; // unreadable or missing required columns: subject checks of other files are skipped
        if (rowCount == 0)
        {
            // Subject checks of the other files are skipped: every record would be "unknown".
            p.Add(source.FileName, 0, "", "", "the file has a header but no subject rows");
            return index;
        }
        index.Lines = lines;
        var required = options.RequiredArmCount;
        if (required is int n && arms.Count > n)
            p.Add(source.FileName, arms[n].Line, ExportColumns.Trt01P, arms[n].Arm,
                $"{ArmWord(arms.Count)} ({ArmList(arms)}); exactly {n} are required (LoadOptions.RequiredArmCount)");
        else if (arms.Count > 0 && arms.Count < (required ?? 2))
            p.Add(source.FileName, 0, ExportColumns.Trt01P, ArmList(arms),
                $"only {ArmWord(arms.Count)}; {(required is int m ? $"exactly {m} are" : "at least 2 are")} required (LoadOptions.RequiredArmCount)");
        return index;

        static string ArmWord(int count) => count == 1 ? "1 planned arm" : $"{count} planned arms";
        static string ArmList(List<(string Arm, long Line)> arms) => string.Join(", ", arms.Select(a => a.Arm));
    }
}
