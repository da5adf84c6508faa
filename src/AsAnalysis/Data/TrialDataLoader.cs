using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Data;

/// <summary>
/// Loads a trial export (adsl, adeff, adae, adex; see the trial export format) from a folder, text readers or streams,
/// validates every value and returns an immutable <see cref="TrialData"/>, or throws one <see cref="TrialDataException"/>
/// that lists every problem with file, line, column, value and reason.
/// </summary>
/// <remarks>
/// <para>Reading: comma separated (never guessed), RFC 4180 quotes, UTF-8 with or without BOM, LF or CRLF, blank lines
/// skipped; header names trimmed and matched case-insensitively after <see cref="LoadOptions.ColumnMap"/>; unknown columns
/// ignored; values trimmed, an empty value is missing. Line numbers are physical lines (the header is line 1; a quoted
/// line break counts). The file must end with a line break: a missing one is what a truncated file looks like.
/// A file may instead be a SAS transport file (<c>.xpt</c>, version 5; see <see cref="Xpt.XptReader"/>), validated by the
/// same rules: its line numbers are observation numbers, numeric SAS dates become dates, special missing values are missing.</para>
/// <para>Rules (each violation is a <see cref="DataProblem"/>; nothing is dropped silently):
/// required columns present (one problem per missing column, on the header line) and not given twice;
/// every row has as many fields as the header and well-formed quotes;
/// numbers are invariant decimals (<c>.</c> separator, optional sign and exponent; no thousands separators, NaN or
/// infinity) that a decimal holds exactly (never rounded silently); no control characters other than tab and line breaks
/// in column names and values; dates are <c>YYYY-MM-DD</c>; flags are Y or N; AESEV is MILD, MODERATE or SEVERE;
/// adsl: USUBJID non-empty and unique, TRT01P, ITTFL and SAFFL non-empty, TRTEDT not before TRTSDT, AGE 0-150,
/// the number of planned arms as <see cref="LoadOptions.RequiredArmCount"/> says, at least one subject;
/// adeff: USUBJID known to adsl, PARAMCD and AVISITN present, AVAL of a 0-10 rating scale within [0, 10]
/// (or [0, 100] for <see cref="LoadOptions.VasParameters"/>, then divided by 10), CRP, ESR and LATFLEX not negative,
/// at most one record per subject x parameter x visit;
/// adae: USUBJID known, AEBODSYS and AEDECOD non-empty; adex: USUBJID known, EXTRT non-empty, EXDOSE not negative.</para>
/// <para>Parameter codes other than those of <see cref="ParamCodes.All"/> (e.g. BASMI) are kept, without range checks,
/// and not analysed; <see cref="TrialData.Summarize"/> lists them so that a misspelt code does not go unnoticed.</para>
/// </remarks>
/// <example>
/// <code>
/// var data = TrialDataLoader.LoadFolder("data-samples");
/// var mapped = TrialDataLoader.LoadFolder("other-export", LoadOptions.Default with
/// {
///     ColumnMap = new Dictionary&lt;string, string&gt; { ["SUBJECT_ID"] = "USUBJID" },
/// });
/// </code>
/// </example>
public static class TrialDataLoader
{
    /// <summary>Base name of the subject-level file (<c>adsl.csv</c> or <c>adsl.xpt</c>).</summary>
    public const string SubjectsName = "adsl";
    /// <summary>Base name of the efficacy file.</summary>
    public const string AssessmentsName = "adeff";
    /// <summary>Base name of the adverse-event file.</summary>
    public const string AdverseEventsName = "adae";
    /// <summary>Base name of the exposure file.</summary>
    public const string ExposureName = "adex";

    /// <summary>
    /// Loads an export folder. Each of adsl, adeff, adae, adex is read from <c>&lt;name&gt;.csv</c> or <c>&lt;name&gt;.xpt</c>
    /// (file names matched case-insensitively). adsl is required, and at least one of adeff (efficacy) and adae (safety);
    /// adex is optional.
    /// </summary>
    /// <param name="folder">The export folder.</param>
    /// <param name="options">Options, or null for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>The validated data.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="TrialDataException">The export has problems (missing or unreadable files included).</exception>
    public static TrialData LoadFolder(string folder, LoadOptions? options = null) => LoadFolder(folder, options ?? LoadOptions.Default, TableReaders.Xpt);

    /// <summary>The folder loader with an explicit SAS transport reader (tests use it to check the XPT seam).</summary>
    internal static TrialData LoadFolder(string folder, LoadOptions options, IRawTableReader? xptReader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The export folder '{folder}' does not exist.");

        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
            list.Add(path);
        }

        var problems = new ProblemCollector(options.MaxProblems);
        TableSource? Find(string baseName, bool required)
        {
            var found = new List<(string Path, IRawTableReader? Reader, string Extension)>();
            foreach (var ext in new[] { ".csv", ".xpt" })
            {
                if (!byName.TryGetValue(baseName + ext, out var paths)) continue;
                foreach (var path in paths) found.Add((path, ext == ".csv" ? TableReaders.Csv : xptReader, ext));
            }
            if (found.Count == 0)
            {
                if (required) problems.Add(baseName + ".csv", 0, "", "", $"required file missing: {baseName}.csv (or {baseName}.xpt) is not in the folder");
                return null;
            }
            if (found.Count > 1)
            {
                problems.Add(Path.GetFileName(found[0].Path), 0, "", "",
                    $"more than one file for {baseName}: {string.Join(", ", found.Select(f => Path.GetFileName(f.Path)))}; keep exactly one");
                return null;
            }
            var (file, reader, extension) = found[0];
            var fileName = Path.GetFileName(file);
            if (reader is null)
            {
                problems.Add(fileName, 0, "", "", "SAS transport (.xpt) files are not supported by this build; export the dataset as CSV");
                return null;
            }
            return new TableSource(fileName, () => reader.Read(file, fileName));
        }

        var adsl = Find(SubjectsName, required: true);
        var adeff = Find(AssessmentsName, required: false);
        var adae = Find(AdverseEventsName, required: false);
        var adex = Find(ExposureName, required: false);
        if (adeff is null && adae is null && !byName.Keys.Any(n => IsTableFile(n, AssessmentsName) || IsTableFile(n, AdverseEventsName)))
            problems.Add(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), 0, "", "",
                "neither adeff.csv (efficacy) nor adae.csv (adverse events) is in the folder: there is nothing to analyse");
        if (adsl is null)
        {
            problems.ThrowIfAny();
            throw new InvalidOperationException("unreachable: adsl missing without a problem");
        }
        return TrialDataConverter.Convert(adsl, adeff, adae, adex, options, problems);
    }

    private static bool IsTableFile(string name, string baseName) =>
        name.Equals(baseName + ".csv", StringComparison.OrdinalIgnoreCase) || name.Equals(baseName + ".xpt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Loads CSV text held in memory. The readers are read to the end and left open. Problems name the files
    /// <c>adsl.csv</c>, <c>adeff.csv</c>, <c>adae.csv</c>, <c>adex.csv</c>.
    /// </summary>
    /// <param name="adsl">Subject-level CSV.</param>
    /// <param name="adeff">Efficacy CSV, or null.</param>
    /// <param name="adae">Adverse-event CSV, or null.</param>
    /// <param name="adex">Exposure CSV, or null.</param>
    /// <param name="options">Options, or null for <see cref="LoadOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="adsl"/> is null.</exception>
    /// <exception cref="TrialDataException">The data have problems.</exception>
    public static TrialData Load(TextReader adsl, TextReader? adeff, TextReader? adae, TextReader? adex = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        return TrialDataConverter.Convert(
            Source(SubjectsName, adsl)!, Source(AssessmentsName, adeff), Source(AdverseEventsName, adae), Source(ExposureName, adex),
            options ?? LoadOptions.Default);

        static TableSource? Source(string name, TextReader? reader) =>
            reader is null ? null : new TableSource(name + ".csv", () => CsvTableReader.Read(reader, name + ".csv", leaveOpen: true));
    }

    /// <summary>
    /// Loads CSV streams (UTF-8 unless a byte order mark says otherwise). The streams are read to the end and left open.
    /// Problems name the files <c>adsl.csv</c>, <c>adeff.csv</c>, <c>adae.csv</c>, <c>adex.csv</c>.
    /// </summary>
    /// <param name="adsl">Subject-level CSV.</param>
    /// <param name="adeff">Efficacy CSV, or null.</param>
    /// <param name="adae">Adverse-event CSV, or null.</param>
    /// <param name="adex">Exposure CSV, or null.</param>
    /// <param name="options">Options, or null for <see cref="LoadOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="adsl"/> is null.</exception>
    /// <exception cref="TrialDataException">The data have problems.</exception>
    public static TrialData Load(Stream adsl, Stream? adeff, Stream? adae, Stream? adex = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        return TrialDataConverter.Convert(
            Source(SubjectsName, adsl)!, Source(AssessmentsName, adeff), Source(AdverseEventsName, adae), Source(ExposureName, adex),
            options ?? LoadOptions.Default);

        static TableSource? Source(string name, Stream? stream) =>
            stream is null ? null : new TableSource(name + ".csv", () => CsvTableReader.Read(stream, name + ".csv", leaveOpen: true));
    }

    /// <summary>Converts raw tables (from any reader, e.g. SAS transport) with the same validation as the CSV loader.</summary>
    internal static TrialData Load(RawTable adsl, RawTable? adeff, RawTable? adae, RawTable? adex, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        return TrialDataConverter.Convert(Source(adsl)!, Source(adeff), Source(adae), Source(adex), options ?? LoadOptions.Default);

        static TableSource? Source(RawTable? t) => t is null ? null : new TableSource(t.FileName, () => t);
    }
}
