using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>Loads a variant and checks the rules of the corruption suite.</summary>
internal static class VariantChecker
{
    /// <summary>
    /// Loads the variant and returns null when it behaved: either a <see cref="TrialDataException"/> whose problems name
    /// files of the variant with plausible line numbers (and the expected problem, when given), or a load whose data equal
    /// the clean load within the variant's allowances. Anything else (another exception type, a changed number, an
    /// added or lost record) is returned as a failure description.
    /// </summary>
    public static string? Check(Variant v, out Outcome outcome)
    {
        TrialData data;
        try
        {
            data = v.ThroughFolder ? LoadFolder(v) : BaseExport.Load(v.Files);
        }
        catch (TrialDataException ex)
        {
            outcome = Outcome.Rejected;
            return CheckRejection(v, ex);
        }
        catch (Exception ex)
        {
            outcome = Outcome.Crashed;
            return $"unhandled {ex.GetType().FullName}: {ex.Message}{Environment.NewLine}{ex.StackTrace}";
        }
        outcome = Outcome.Loaded;
        if (v.Expect == Expect.Fail) return "loaded, but a problem was expected" + (v.Problem is { } p ? ": " + p : "");
        var diffs = Compare(BaseExport.Clean, data, v.Allow);
        return diffs.Count == 0 ? null : "loaded with differences from the clean load:" + string.Concat(diffs.Take(5).Select(d => Environment.NewLine + "    " + d));
    }

    private static TrialData LoadFolder(Variant v)
    {
        using var dir = new TempDir();
        foreach (var (name, bytes) in v.Files) File.WriteAllBytes(dir.File(name), bytes);
        return TrialDataLoader.LoadFolder(dir.Path);
    }

    private static string? CheckRejection(Variant v, TrialDataException ex)
    {
        if (v.Expect == Expect.Load) return "rejected, but it should load:" + Environment.NewLine + Shorten(ex.Message);
        if (ex.Problems.Count == 0) return "a TrialDataException without problems";
        foreach (var p in ex.Problems)
        {
            if (string.IsNullOrWhiteSpace(p.Reason)) return $"a problem without a reason: {p}";
            var known = v.Files.Keys.Any(k => k.Equals(p.File, StringComparison.OrdinalIgnoreCase))
                || (v.ThroughFolder && (BaseExport.Tables.Any(t => p.File == t + ".csv") || p.File.StartsWith("asanalysis-tests-", StringComparison.Ordinal)));
            if (!known) return $"a problem names the file '{p.File}', which is not in the variant: {p}";
            if (p.Line < 0) return $"negative line: {p}";
            if (v.Files.TryGetValue(p.File, out var bytes) && p.Line > MaxLine(p.File, bytes))
                return $"line {p.Line} is beyond the end of {p.File} ({MaxLine(p.File, bytes)}): {p}";
        }
        if (v.Problem is { } e && !ex.Problems.Any(p => Matches(e, p)))
            return $"rejected, but without the expected problem {e}:{Environment.NewLine}{Shorten(ex.Message)}";
        return null;
    }

    private static bool Matches(ExpectedProblem e, DataProblem p) =>
        p.File == e.File
        && (e.Line is null || p.Line == e.Line)
        && (e.Column is null || p.Column == e.Column)
        && (e.Value is null || p.Value == e.Value);

    /// <summary>The largest line number a problem may name: the physical lines of a CSV file, the observations of an XPT file.</summary>
    private static long MaxLine(string file, byte[] bytes)
    {
        if (file.EndsWith(".xpt", StringComparison.OrdinalIgnoreCase)) return bytes.Length / 2 + 1;
        long lines = 1;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n'))) lines++;
        return lines;
    }

    private static string Shorten(string s) => s.Length > 1500 ? s[..1500] + "..." : s;

    // ------------------------------------------------------------------------------------------------ comparison

    /// <summary>Every difference between the clean data and a variant's data that the allowances do not cover.</summary>
    public static List<string> Compare(TrialData clean, TrialData loaded, Allowances allow)
    {
        var d = new List<string>();
        void Field(string table, string key, string column, object? c, object? l)
        {
            if (Equals(c, l)) return;
            if (l is null && allow.Missing.Contains(table + "." + column)) return;
            if (allow.Text.Contains(table + "." + column) && c is null or string && l is null or string) return;
            d.Add($"{table} {key} {column}: clean '{c}', loaded '{l}'");
        }
        void Count(string table, int c, int l)
        {
            if (c == l) return;
            if (l == 0 && allow.Empty.Contains(table)) return;
            if (l < c && allow.Subset.Contains(table)) return;
            d.Add($"{table}: {c} records in the clean load, {l} loaded");
        }

        Count("adsl", clean.Subjects.Count, loaded.Subjects.Count);
        for (var i = 0; i < Math.Min(clean.Subjects.Count, loaded.Subjects.Count); i++)
        {
            var (c, l) = (clean.Subjects[i], loaded.Subjects[i]);
            var k = c.UsubjId;
            Field("adsl", k, "USUBJID", c.UsubjId, l.UsubjId);
            Field("adsl", k, "TRT01P", c.PlannedArm, l.PlannedArm);
            if (!(allow.Missing.Contains("adsl.TRT01A") && l.ActualArm == l.PlannedArm)) Field("adsl", k, "TRT01A", c.ActualArm, l.ActualArm);
            Field("adsl", k, "ITTFL", c.Itt, l.Itt);
            Field("adsl", k, "SAFFL", c.Safety, l.Safety);
            Field("adsl", k, "PPROTFL", c.PerProtocol, l.PerProtocol);
            Field("adsl", k, "TRTSDT", c.TreatmentStart, l.TreatmentStart);
            Field("adsl", k, "TRTEDT", c.TreatmentEnd, l.TreatmentEnd);
            Field("adsl", k, "AGE", c.Age, l.Age);
            Field("adsl", k, "SEX", c.Sex, l.Sex);
            Field("adsl", k, "HLAB27", c.HlaB27, l.HlaB27);
            Field("adsl", k, "STRAT1", c.Stratum, l.Stratum);
            Field("adsl", k, "EOSSTT", c.EndOfStudyStatus, l.EndOfStudyStatus);
            Field("adsl", k, "DCSREAS", c.DiscontinuationReason, l.DiscontinuationReason);
            Field("adsl", k, "EOSDT", c.EndOfStudyDate, l.EndOfStudyDate);
            Field("adsl", k, "DTHFL", c.Died, l.Died);
        }

        Count("adeff", clean.Assessments.Count, loaded.Assessments.Count);
        for (var i = 0; i < Math.Min(clean.Assessments.Count, loaded.Assessments.Count); i++)
        {
            var (c, l) = (clean.Assessments[i], loaded.Assessments[i]);
            var k = $"#{i + 1} {c.UsubjId}/{c.ParamCd}/{c.VisitWeek}";
            Field("adeff", k, "USUBJID", c.UsubjId, l.UsubjId);
            Field("adeff", k, "PARAMCD", c.ParamCd, l.ParamCd);
            Field("adeff", k, "AVISITN", c.VisitWeek, l.VisitWeek);
            Field("adeff", k, "AVISIT", c.VisitLabel, l.VisitLabel);
            Field("adeff", k, "ADY", c.StudyDay, l.StudyDay);
            Field("adeff", k, "AVAL", c.Value, l.Value);
        }

        Count("adae", clean.AdverseEvents.Count, loaded.AdverseEvents.Count);
        for (var i = 0; i < Math.Min(clean.AdverseEvents.Count, loaded.AdverseEvents.Count); i++)
        {
            var (c, l) = (clean.AdverseEvents[i], loaded.AdverseEvents[i]);
            var k = $"#{i + 1} {c.UsubjId}";
            Field("adae", k, "USUBJID", c.UsubjId, l.UsubjId);
            Field("adae", k, "AEBODSYS", c.Soc, l.Soc);
            Field("adae", k, "AEDECOD", c.Pt, l.Pt);
            Field("adae", k, "ASTDT", c.StartDate, l.StartDate);
            Field("adae", k, "AESEV", c.Severity, l.Severity);
            Field("adae", k, "AESER", c.Serious, l.Serious);
            Field("adae", k, "AEREL", c.Relationship, l.Relationship);
            Field("adae", k, "AEACN", c.ActionTaken, l.ActionTaken);
            Field("adae", k, "AEOUT", c.Outcome, l.Outcome);
            Field("adae", k, "TRTEMFL", c.TreatmentEmergentFlag, l.TreatmentEmergentFlag);
        }

        Count("adex", clean.Exposures.Count, loaded.Exposures.Count);
        for (var i = 0; i < Math.Min(clean.Exposures.Count, loaded.Exposures.Count); i++)
        {
            var (c, l) = (clean.Exposures[i], loaded.Exposures[i]);
            var k = $"#{i + 1} {c.UsubjId}";
            Field("adex", k, "USUBJID", c.UsubjId, l.UsubjId);
            Field("adex", k, "EXTRT", c.Treatment, l.Treatment);
            Field("adex", k, "EXDOSE", c.Dose, l.Dose);
            Field("adex", k, "EXDOSU", c.DoseUnit, l.DoseUnit);
            Field("adex", k, "ASTDT", c.Date, l.Date);
        }
        return d;
    }
}
