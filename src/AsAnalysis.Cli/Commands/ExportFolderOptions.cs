using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AsAnalysis.Data;

namespace AsAnalysis.Cli.Commands;

/// <summary>
/// What <c>report</c> and <c>validate</c> share: the load options <c>--map FROM=TO</c>, <c>--vas PARAMCD</c> and
/// <c>--arms N|any</c> (collected by <see cref="TryParse"/>, turned into <see cref="LoadOptions"/> by <see cref="TryCreate"/>),
/// and loading the export folder with the same messages and exit codes (<see cref="TryLoad"/>).
/// </summary>
internal sealed class ExportFolderOptions
{
    private readonly Dictionary<string, string> _columnMap = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _vasParameters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>--map</c> pairs: header in the export -> canonical name (headers case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> ColumnMap => _columnMap;

    /// <summary>The <c>--vas</c> codes, as typed (case-insensitive set).</summary>
    public IReadOnlySet<string> VasParameters => _vasParameters;

    /// <summary>The <c>--arms</c> value: 2 unless given, <c>null</c> for <c>any</c>.</summary>
    public int? RequiredArmCount { get; private set; } = 2;

    /// <summary>
    /// Reads <c>args[i]</c> and its value when it is <c>--map</c>, <c>--vas</c> or <c>--arms</c>. The caller has already
    /// checked that a value follows an option (its "needs a value" message).
    /// </summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="i">Index of the argument; when it is a shared option, moved to its value.</param>
    /// <param name="error">The usage message for a bad value, else <c>null</c>.</param>
    /// <returns><c>true</c> when <c>args[i]</c> is one of the shared options (read, or rejected with <paramref name="error"/>).</returns>
    public bool TryParse(IReadOnlyList<string> args, ref int i, out string? error)
    {
        error = null;
        switch (args[i])
        {
            case "--map":
                var pair = args[++i].Split('=', 2);
                if (pair.Length != 2 || pair[0].Trim().Length == 0 || pair[1].Trim().Length == 0 || !_columnMap.TryAdd(pair[0].Trim(), pair[1].Trim()))
                    error = "--map expects FROM=TO once per header, e.g. --map SUBJECT_ID=USUBJID.";
                return true;
            case "--vas":
                _vasParameters.Add(args[++i]);
                return true;
            case "--arms":
                var n = args[++i];
                if (n.Equals("any", StringComparison.OrdinalIgnoreCase)) RequiredArmCount = null;
                else if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 2) RequiredArmCount = k;
                else error = "--arms expects a number of at least 2, or 'any'.";
                return true;
            default:
                return false;
        }
    }

    /// <summary>Builds the load options from what was read; the library's message when it rejects them (e.g. <c>--vas CRP</c>).</summary>
    /// <param name="options">The load options, when valid.</param>
    /// <param name="error">The usage message, when not.</param>
    /// <returns><c>true</c> when the options are valid.</returns>
    public bool TryCreate([NotNullWhen(true)] out LoadOptions? options, [NotNullWhen(false)] out string? error)
    {
        try
        {
            options = LoadOptions.Default with { ColumnMap = _columnMap, VasParameters = _vasParameters, RequiredArmCount = RequiredArmCount };
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            options = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Loads the export folder. On failure writes the message to <paramref name="stderr"/>: a missing or unreadable folder
    /// is wrong usage (<see cref="ExitCodes.Usage"/>), the loader's problem list is bad data (<see cref="ExitCodes.BadData"/>).
    /// </summary>
    /// <param name="command">The command name shown in the messages, e.g. <c>validate</c>.</param>
    /// <param name="folder">The export folder as given on the command line.</param>
    /// <param name="options">The load options.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="data">The loaded data, on success.</param>
    /// <param name="exitCode">The exit code to return on failure; <see cref="ExitCodes.Ok"/> on success.</param>
    /// <returns><c>true</c> when the folder loaded without problems.</returns>
    public static bool TryLoad(string command, string folder, LoadOptions options, TextWriter stderr,
        [NotNullWhen(true)] out TrialData? data, out int exitCode)
    {
        data = null;
        try
        {
            data = TrialDataLoader.LoadFolder(folder, options);
            exitCode = ExitCodes.Ok;
        }
        catch (DirectoryNotFoundException)
        {
            stderr.WriteLine($"as-analysis {command}: the folder '{folder}' does not exist.");
            exitCode = ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"as-analysis {command}: cannot read the folder '{folder}': {e.Message}");
            exitCode = ExitCodes.Usage;
        }
        catch (TrialDataException e)
        {
            stderr.WriteLine($"{folder}: {e.Message}");
            exitCode = ExitCodes.BadData;
        }
        return data is not null;
    }
}
