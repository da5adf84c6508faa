namespace AsAnalysis.Data.Conversion;

/// <summary>Converts the exposure table (adex): USUBJID known to adsl, EXTRT present, EXDOSE not negative, ASTDT a date.</summary>
internal static class AdexConverter
{
    /// <summary>Reads the administrations of the subjects in <paramref name="subjects"/>.</summary>
    public static List<ExposureRecord> Read(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var list = new List<ExposureRecord>();
        TableConversion.Run(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.ExTrt],
            optional: [ExportColumns.ExDose, ExportColumns.ExDosu, ExportColumns.AstDt],
            r =>
            {
                var id = r.Subject(subjects);
                var treatment = r.Text(ExportColumns.ExTrt, required: true);
                var dose = r.Number(ExportColumns.ExDose, required: false);
                if (dose < 0) r.Problem(ExportColumns.ExDose, r.Raw(ExportColumns.ExDose), "negative dose");
                var date = r.Date(ExportColumns.AstDt);
                if (!r.Ok) return;
                list.Add(new ExposureRecord
                {
                    UsubjId = id!,
                    Treatment = r.Intern(treatment!),
                    Dose = dose,
                    DoseUnit = r.Intern(r.Text(ExportColumns.ExDosu, false)),
                    Date = date,
                    Position = r.Position,
                });
            },
            out _);
        return list;
    }
}
