namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Validates the raw tables of an export (see <see cref="RawTable"/>) and converts them into a <see cref="TrialData"/>:
/// adsl first (<see cref="AdslConverter"/>), then adeff (<see cref="AdeffConverter"/>) on this thread while adae and adex
/// (<see cref="AdaeConverter"/>, <see cref="AdexConverter"/>) are read on a second one. Collects every problem (up to
/// <see cref="LoadOptions.MaxProblems"/>) and throws one <see cref="TrialDataException"/>.
/// </summary>
internal static class TrialDataConverter
{
    /// <summary>Converts the tables. <paramref name="problems"/> may already hold problems (e.g. missing files); they are reported together.</summary>
    /// <param name="adsl">The subject table.</param>
    /// <param name="adeff">The efficacy table, or null when none was supplied.</param>
    /// <param name="adae">The adverse-event table, or null.</param>
    /// <param name="adex">The exposure table, or null.</param>
    /// <param name="options">Column map and rules.</param>
    /// <param name="problems">Problems found before, or null.</param>
    public static TrialData Convert(TableSource adsl, TableSource? adeff, TableSource? adae, TableSource? adex, LoadOptions options, ProblemCollector? problems = null)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        ArgumentNullException.ThrowIfNull(options);
        var p = problems ?? new ProblemCollector(options.MaxProblems);
        foreach (var s in new[] { adsl, adeff, adae, adex }) if (s is not null) p.DeclareFile(s.FileName);

        var files = new List<SourceFile>();
        var subjects = AdslConverter.Read(adsl, options, p, files);

        // adae and adex are read on a second thread while adeff (by far the largest file) is read on this one. Their
        // problems and files are collected apart and added after adeff's, so every result and problem list is exactly
        // the one of reading the files one after the other.
        var side = adae is null && adex is null ? null : Task.Run(() =>
        {
            var sideProblems = new ProblemCollector(options.MaxProblems);
            var sideFiles = new List<SourceFile>();
            var events = adae is null ? [] : AdaeConverter.Read(adae, subjects, options, sideProblems, sideFiles);
            var exposures = adex is null ? [] : AdexConverter.Read(adex, subjects, options, sideProblems, sideFiles);
            return (Events: events, Exposures: exposures, Problems: sideProblems, Files: sideFiles);
        });
        AssessmentStore assessments;
        try
        {
            assessments = adeff is null ? new AssessmentStore() : AdeffConverter.Read(adeff, subjects, options, p, files);
        }
        catch
        {
            try { side?.Wait(); } catch (AggregateException) { } // this failure is the one a sequential read would report
            throw;
        }
        var (events, exposures) = (new List<AdverseEvent>(), new List<ExposureRecord>());
        if (side is not null)
        {
            var result = side.GetAwaiter().GetResult(); // rethrows the side's own exception unwrapped
            (events, exposures) = (result.Events, result.Exposures);
            p.AddFrom(result.Problems);
            files.AddRange(result.Files);
        }
        p.ThrowIfAny();
        // No problem: the records keep TrialData's invariants (every subject checked against adsl, duplicates reported).
        var tables = TrialTables.Subjects
            | (adeff is null ? TrialTables.None : TrialTables.Assessments)
            | (adae is null ? TrialTables.None : TrialTables.AdverseEvents)
            | (adex is null ? TrialTables.None : TrialTables.Exposures);
        var records = new ValidatedRecords([.. subjects.Records], subjects.RecordIndex, assessments, [.. events], [.. exposures]);
        return new TrialData(records, files, tables);
    }
}
