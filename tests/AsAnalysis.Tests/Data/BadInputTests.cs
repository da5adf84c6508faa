using AsAnalysis.Data;
using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Tests.Data;

public class BadInputTests
{
    // Each data-samples/bad/<case> folder breaks one thing of a valid 4-subject export (data-samples/README.md).
    [Theory]
    [InlineData("not-a-number", "adeff.csv", 5, "AVAL", "3,5", "not a number")]
    [InlineData("out-of-range", "adeff.csv", 6, "AVAL", "12", "outside 0-10 for the rating scale TOTBPAIN")]
    [InlineData("bad-flag", "adsl.csv", 3, "ITTFL", "Yes", "not a Y/N flag")]
    [InlineData("bad-date", "adsl.csv", 4, "TRTSDT", "10/08/2016", "not a date in ISO 8601 form YYYY-MM-DD")]
    [InlineData("duplicate-usubjid", "adsl.csv", 6, "USUBJID", "S-003", "duplicate USUBJID: the subject is already on line 4")]
    [InlineData("unknown-subject", "adae.csv", 3, "USUBJID", "S-099", "unknown subject: not in adsl.csv")]
    [InlineData("missing-column", "adeff.csv", 1, "AVISITN", "", "required column AVISITN is missing")]
    [InlineData("three-arms", "adsl.csv", 6, "TRT01P", "Placebo", "3 planned arms (MSC, Etanercept, Placebo); exactly 2 are required")]
    [InlineData("wrong-field-count", "adex.csv", 3, "", "", "the row has 6 fields but the header has 5")]
    [InlineData("header-only-adsl", "adsl.csv", 0, "", "", "the file has a header but no subject rows")]
    [InlineData("empty-file", "adae.csv", 0, "", "", "the file is empty (no header row)")]
    [InlineData("duplicate-record", "adeff.csv", 26, "PARAMCD", "PTGLOBAL", "duplicate record: subject S-001, AVISITN 12 already has PTGLOBAL on line 5")]
    [InlineData("bad-severity", "adae.csv", 2, "AESEV", "GRADE 2", "not a severity: expected MILD, MODERATE or SEVERE")]
    [InlineData("bad-quoting", "adae.csv", 3, "", "", "malformed quoting: text after the closing quote of a field")]
    [InlineData("missing-adsl", "adsl.csv", 0, "", "", "required file missing: adsl.csv (or adsl.xpt)")]
    public void Each_broken_export_names_file_line_column_and_value(string folder, string file, long line, string column, string value, string reason)
    {
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(Samples.Bad(folder)));
        var p = Assert.Single(e.Problems);
        Assert.Equal(file, p.File);
        Assert.Equal(line, p.Line);
        Assert.Equal(column, p.Column);
        Assert.Equal(value, p.Value);
        Assert.Contains(reason, p.Reason);
        Assert.Contains(p.ToString(), e.Message);
        var where = line > 0 ? $"{file}:{line}" : $"{file}:";
        Assert.Contains(where + (column.Length > 0 ? $", column {column}" : ""), e.Message);
        if (value.Length > 0) Assert.Contains($"value '{value}'", e.Message);
    }

    [Fact]
    public void Every_bad_case_folder_is_tested()
    {
        var tested = typeof(BadInputTests).GetMethod(nameof(Each_broken_export_names_file_line_column_and_value))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).Order();
        Assert.Equal(Directory.GetDirectories(Path.Combine(Samples.Root, "bad")).Select(Path.GetFileName).Order(), tested);
    }

    private static TrialDataException Fails(string adsl, string? adeff = Samples.MiniAdeff, string? adae = Samples.MiniAdae, string? adex = null, LoadOptions? options = null) =>
        Assert.Throws<TrialDataException>(() => Load(adsl, adeff, adae, adex, options));

    private static TrialData Load(string adsl, string? adeff = Samples.MiniAdeff, string? adae = Samples.MiniAdae, string? adex = null, LoadOptions? options = null) =>
        TrialDataLoader.Load(new StringReader(adsl), R(adeff), R(adae), R(adex), options);

    private static StringReader? R(string? s) => s is null ? null : new StringReader(s);

    [Fact]
    public void Every_problem_is_collected_in_file_and_line_order_not_only_the_first()
    {
        var adsl = Samples.MiniAdsl.Replace("S-002,101,Etanercept,Etanercept,Y,Y,Y,2016-08-03", "S-002,101,Etanercept,Etanercept,X,Y,Y,2016-13-03");
        var adeff = Samples.MiniAdeff + "S-009,PTGLOBAL,12,Week 12,abc\n";
        var adae = Samples.MiniAdae + "S-001,Nervous system disorders,Headache,2016-08-09,HIGH,maybe,,,\n";
        var e = Fails(adsl, adeff, adae);
        Assert.Equal(
        [
            "adsl.csv:3, column ITTFL, value 'X': not a Y/N flag",
            "adsl.csv:3, column TRTSDT, value '2016-13-03': not a date in ISO 8601 form YYYY-MM-DD",
            "adeff.csv:6, column USUBJID, value 'S-009': unknown subject: not in adsl.csv",
            "adeff.csv:6, column AVAL, value 'abc': not a number",
            "adae.csv:3, column AESEV, value 'HIGH': not a severity: expected MILD, MODERATE or SEVERE",
            "adae.csv:3, column AESER, value 'maybe': not a Y/N flag",
        ], e.Problems.Select(p => p.ToString()));
        Assert.StartsWith("The trial export has 6 problems:", e.Message);
    }

    [Theory]
    [InlineData("1,5", "not a number: use '.' as the decimal separator")]
    [InlineData("1,000", "not a number: use '.' as the decimal separator")]
    [InlineData("NaN", "not a number")]
    [InlineData("Infinity", "not a number")]
    [InlineData("-inf", "not a number")]
    [InlineData("0x5", "not a number")]
    [InlineData("5 5", "not a number")]
    [InlineData("-0.1", "outside 0-10")]
    [InlineData("10.01", "outside 0-10")]
    public void Bad_numbers_are_rejected(string aval, string reason)
    {
        var e = Fails(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,0,\"" + aval + "\"\n");
        var p = Assert.Single(e.Problems);
        Assert.Equal(("adeff.csv", 2L, "AVAL", aval), (p.File, p.Line, p.Column, p.Value));
        Assert.StartsWith(reason, p.Reason);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData(" 4.4 ", 4.4)]
    [InlineData("4.40", 4.4)]
    [InlineData("4.4E0", 4.4)]
    [InlineData("+5", 5)]
    public void Good_numbers_are_exact_decimals(string aval, double expected)
    {
        var data = Load(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,0,\"" + aval + "\"\n");
        Assert.Equal((decimal)expected, Assert.Single(data.Assessments).Value);
    }

    [Fact]
    public void Lab_and_mobility_values_must_not_be_negative_but_may_exceed_ten()
    {
        var ok = Load(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,CRP,0,85.3\nS-001,ESR,0,40\nS-001,LATFLEX,0,12.5\n");
        Assert.Equal([85.3m, 40m, 12.5m], ok.Assessments.Select(a => a.Value!.Value));
        var e = Fails(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,CRP,0,-1\n");
        Assert.Equal(("adeff.csv", 2L, "AVAL", "-1", "negative value for CRP"), Tuple(Assert.Single(e.Problems)));
    }

    private static (string, long, string, string, string) Tuple(DataProblem p) => (p.File, p.Line, p.Column, p.Value, p.Reason);

    [Fact]
    public void Unknown_parameter_codes_are_kept_without_range_checks()
    {
        var data = Load(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,basmi,0,4.5\nS-001,WEIGHT,0,81.5\n");
        Assert.Equal(["BASMI", "WEIGHT"], data.Assessments.Select(a => a.ParamCd));
        Assert.All(data.Summarize().Parameters, p => Assert.False(p.Known));
    }

    [Fact]
    public void A_0_to_100_vas_is_divided_by_ten_exactly()
    {
        var options = LoadOptions.Default with { VasParameters = new HashSet<string> { "ptglobal" } };
        var data = Load(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,0,55\nS-001,TOTBPAIN,0,5.5\n", options: options);
        Assert.Equal([5.5m, 5.5m], data.Assessments.Select(a => a.Value!.Value));
        var e = Fails(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,0,101\n", options: options);
        Assert.Equal(("adeff.csv", 2L, "AVAL", "101"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
        Assert.Throws<ArgumentException>(() => LoadOptions.Default with { VasParameters = new HashSet<string> { "CRP" } });
    }

    [Fact]
    public void Visit_must_be_a_number()
    {
        var e = Fails(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,Week 12,5\nS-001,PTGLOBAL,,5\n");
        Assert.Equal(
            [("adeff.csv", 2L, "AVISITN", "Week 12", "not a number"), ("adeff.csv", 3L, "AVISITN", "", "missing number")],
            e.Problems.Select(Tuple));
    }

    [Fact]
    public void Visit_weeks_compare_by_value_for_duplicates()
    {
        var e = Fails(Samples.MiniAdsl, "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,12,5\nS-001,ptglobal,12.0,5\n");
        Assert.Equal(("adeff.csv", 3L, "PARAMCD", "PTGLOBAL"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
    }

    [Fact]
    public void Duplicates_are_found_when_a_subject_comes_back_later()
    {
        var adeff = "USUBJID,PARAMCD,AVISITN,AVAL\nS-001,PTGLOBAL,0,5\nS-002,PTGLOBAL,0,5\nS-001,TOTBPAIN,0,5\nS-003,PTGLOBAL,0,5\nS-001,PTGLOBAL,0,6\n";
        var e = Fails(Samples.MiniAdsl, adeff);
        Assert.Equal(("adeff.csv", 6L, "PARAMCD", "PTGLOBAL", "duplicate record: subject S-001, AVISITN 0 already has PTGLOBAL on line 2"),
            Tuple(Assert.Single(e.Problems)));
    }

    /// <summary>
    /// Bitmap limits for the interleaved duplicate check: the default (bitmap throughout), 0 (no bitmap: the set of rows
    /// from the start) and 600 bytes. With 600 the bitmap starts (room for 16 subjects x 4 words = 256 pairs when the
    /// records are found interleaved, about row 1,000, key P250) and the set takes over midway (P256 needs 8 words).
    /// </summary>
    public static TheoryData<long?> BitmapLimits => new() { null, 0L, 600L };

    private static T WithBitmapLimit<T>(long? limit, Func<T> body)
    {
        DuplicateRecordFinder.BitmapLimitOverride = limit;
        try { return body(); }
        finally { DuplicateRecordFinder.BitmapLimitOverride = null; }
    }

    /// <summary>
    /// An adeff of 1,600 records P0..P399 at AVISITN 0 for the subjects in turn (so the subject changes on every row:
    /// more than 1000 returns to a subject), header included; lines 2..1601.
    /// </summary>
    private static System.Text.StringBuilder Interleaved(params string[] subjects)
    {
        var sb = new System.Text.StringBuilder("USUBJID,PARAMCD,AVISITN,AVAL\n");
        for (var k = 0; k < 400; k++)
            foreach (var s in subjects) sb.Append(s).Append(",P").Append(k).Append(",0,1\n");
        return sb;
    }

    [Theory]
    [MemberData(nameof(BitmapLimits))]
    public void Duplicates_are_found_in_records_interleaved_across_subjects(long? bitmapLimit) => WithBitmapLimit(bitmapLimit, () =>
    {
        // Sorted by parameter, then subject: the subject changes on every row (more than 1000 returns to a subject).
        var sb = Interleaved("S-001", "S-002", "S-003", "S-004");
        var ok = Load(Samples.MiniAdsl, sb.ToString());
        Assert.Equal(1600, ok.Assessments.Count);
        sb.Append("S-003,P7,0.0,2\nS-002,P399,0,2\n");
        var e = Fails(Samples.MiniAdsl, sb.ToString());
        Assert.Equal(
        [
            ("adeff.csv", 1602L, "PARAMCD", "P7", "duplicate record: subject S-003, AVISITN 0 already has P7 on line 32"),
            ("adeff.csv", 1603L, "PARAMCD", "P399", "duplicate record: subject S-002, AVISITN 0 already has P399 on line 1599"),
        ], e.Problems.Select(Tuple));
        return 0;
    });

    [Theory]
    [MemberData(nameof(BitmapLimits))]
    public void Interleaved_records_still_count_the_key_of_a_row_dropped_for_another_problem(long? bitmapLimit) => WithBitmapLimit(bitmapLimit, () =>
    {
        // Interleaved (S-001..S-004 in turn, > 1000 returns), then a rating out of range (reported, not stored) and a
        // second record with its key: the second is a duplicate of the first, which is in the file.
        var sb = Interleaved("S-001", "S-002", "S-003", "S-004");
        sb.Append("S-001,PTGLOBAL,12,11\nS-002,PTGLOBAL,12,3\nS-001,PTGLOBAL,12.0,4\n");
        var e = Fails(Samples.MiniAdsl, sb.ToString());
        Assert.Equal(
        [
            ("adeff.csv", 1602L, "AVAL", "11", "outside 0-10 for the rating scale PTGLOBAL (if it is a 0-100 VAS, list it in LoadOptions.VasParameters)"),
            ("adeff.csv", 1604L, "PARAMCD", "PTGLOBAL", "duplicate record: subject S-001, AVISITN 12 already has PTGLOBAL on line 1602"),
        ], e.Problems.Select(Tuple));
        return 0;
    });

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, 0L)]
    public void Subjects_whose_adsl_rows_have_problems_are_not_duplicates_of_each_other(bool interleave, long? bitmapLimit) => WithBitmapLimit(bitmapLimit, () =>
    {
        // S-001 and S-002 have a bad ITTFL: their adeff records are read (and checked) under numbers of their own.
        var adsl = Samples.MiniAdsl.Replace("S-001,101,MSC,MSC,Y,", "S-001,101,MSC,MSC,X,").Replace("S-002,101,Etanercept,Etanercept,Y,", "S-002,101,Etanercept,Etanercept,X,");
        var sb = interleave ? Interleaved("S-003", "S-004", "S-001", "S-002") : new System.Text.StringBuilder("USUBJID,PARAMCD,AVISITN,AVAL\n");
        sb.Append("S-001,CRP,0,5\nS-002,CRP,0,5\n");
        var e = Fails(adsl, sb.ToString());
        Assert.Equal(["ITTFL", "ITTFL"], e.Problems.Select(p => p.Column));
        Assert.All(e.Problems, p => Assert.Equal("adsl.csv", p.File));
        return 0;
    });

    [Fact]
    public void Interleaved_loaded_records_derive_what_grouped_ones_do()
    {
        // The sample export with adeff.csv in round-robin order (subjects come back thousands of times): the loader's
        // duplicate check switches to its set of every row, and the derivation sorts the rows by subject.
        var samples = Path.Combine(AppContext.BaseDirectory, "data-samples");
        var folder = Directory.CreateTempSubdirectory("asanalysis-interleaved-").FullName;
        try
        {
            foreach (var f in new[] { "adsl.csv", "adae.csv", "adex.csv" }) File.Copy(Path.Combine(samples, f), Path.Combine(folder, f));
            var lines = File.ReadAllLines(Path.Combine(samples, "adeff.csv"));
            File.WriteAllLines(Path.Combine(folder, "adeff.csv"),
                lines.Take(1).Concat(lines.Skip(1).Select((l, i) => (l, i)).OrderBy(x => x.i % 7).ThenBy(x => x.i).Select(x => x.l)));
            var grouped = TrialDataLoader.LoadFolder(samples);
            var interleaved = TrialDataLoader.LoadFolder(folder);
            static string Describe(TrialData d) => string.Join("\n", AsAnalysis.Endpoints.EndpointDerivation.DeriveSubjectVisits(d).Visits
                .Select(v => $"{v.UsubjId} {v.VisitWeek} {v.Components} {v.Baseline} {v.AsdasChange} " +
                    string.Join(",", Enum.GetValues<AsAnalysis.Endpoints.ResponderEndpoint>().Select(e => v.Outcome(e)))));
            Assert.Equal(Describe(grouped), Describe(interleaved));
            Assert.Equal(grouped.Assessments.Count, interleaved.Assessments.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_subject_on_a_malformed_adsl_row_is_not_also_reported_as_unknown()
    {
        var e = Fails(Samples.MiniAdsl.Replace("S-001,101,MSC,MSC,Y,Y,Y,", "S-001,101,MSC,MSC,Y,Y,Y,extra,"));
        Assert.Equal(("adsl.csv", 2L, "", "", "the row has 13 fields but the header has 12"), Tuple(Assert.Single(e.Problems)));
    }

    [Fact]
    public void A_single_arm_is_a_problem_and_more_arms_are_allowed_when_asked()
    {
        var oneArm = Samples.MiniAdsl.Replace("Etanercept", "MSC");
        var e = Fails(oneArm);
        Assert.Equal(("adsl.csv", 0L, "TRT01P", "MSC", "only 1 planned arm; exactly 2 are required (LoadOptions.RequiredArmCount)"), Tuple(Assert.Single(e.Problems)));

        var threeArms = Samples.MiniAdsl + "S-005,103,Placebo,Placebo,Y,Y,Y,2016-08-20,2016-11-05,36,M,x\n";
        var data = Load(threeArms, options: LoadOptions.Default with { RequiredArmCount = null });
        Assert.Equal(["Etanercept", "MSC", "Placebo"], data.PlannedArms);
        Assert.Throws<TrialDataException>(() => Load(oneArm, options: LoadOptions.Default with { RequiredArmCount = null }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LoadOptions.Default with { RequiredArmCount = 1 });
    }

    [Fact]
    public void Required_flags_and_texts_must_not_be_empty()
    {
        var adsl = "USUBJID,TRT01P,ITTFL,SAFFL\n,MSC,Y,Y\nS-002,,Y,\nS-003,MSC,Y,Y\nS-004,Etanercept,Y,Y\n";
        var e = Fails(adsl, adeff: null, adae: null);
        Assert.Equal(
        [
            ("adsl.csv", 2L, "USUBJID", "", "missing value"),
            ("adsl.csv", 3L, "TRT01P", "", "missing value"),
            ("adsl.csv", 3L, "SAFFL", "", "missing Y/N flag"),
        ], e.Problems.Select(Tuple));
    }

    [Fact]
    public void Adverse_events_need_coded_terms()
    {
        var e = Fails(Samples.MiniAdsl, adae: "USUBJID,AEBODSYS,AEDECOD,AESEV,AESER\nS-001,,Headache,MILD,N\n");
        Assert.Equal(("adae.csv", 2L, "AEBODSYS", "", "missing system organ class (is the event coded?)"), Tuple(Assert.Single(e.Problems)));
    }

    [Fact]
    public void Treatment_end_before_start_is_a_problem()
    {
        var e = Fails(Samples.MiniAdsl.Replace("2016-08-01,2016-10-17", "2016-08-01,2016-07-17"));
        Assert.Equal(("adsl.csv", 2L, "TRTEDT", "2016-07-17"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
    }

    [Fact]
    public void A_column_given_twice_is_a_problem()
    {
        var e = Fails(Samples.MiniAdsl.Replace("SITEID,", "usubjid,"));
        Assert.Equal(("adsl.csv", 1L, "USUBJID", "usubjid"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
        Assert.Contains("appears twice (columns 1 and 2)", e.Problems[0].Reason);
    }

    [Fact]
    public void Missing_columns_are_one_problem_each_on_line_one()
    {
        var e = Fails("USUBJID,ARM\nS-001,MSC\n", adeff: null, adae: null);
        Assert.Equal(["TRT01P", "ITTFL", "SAFFL"], e.Problems.Select(p => p.Column));
        Assert.All(e.Problems, p => Assert.Equal(("adsl.csv", 1L), (p.File, p.Line)));
    }

    [Fact]
    public void The_problem_list_stops_at_the_limit_and_says_how_many_more()
    {
        var adeff = "USUBJID,PARAMCD,AVISITN,AVAL\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"S-001,P{i},0,x\n"));
        var e = Fails(Samples.MiniAdsl, adeff, options: LoadOptions.Default with { MaxProblems = 10 });
        Assert.Equal(10, e.Problems.Count);
        Assert.Equal(20, e.UnlistedProblems);
        Assert.StartsWith("The trial export has 30 problems:", e.Message);
        Assert.EndsWith("... and 20 more not listed (LoadOptions.MaxProblems).", e.Message);
    }

    [Fact]
    public void Folder_problems_missing_files_and_ambiguous_files()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("adsl.csv"), Samples.MiniAdsl);
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path));
        Assert.Contains("neither adeff.csv (efficacy) nor adae.csv (adverse events) is in the folder", Assert.Single(e.Problems).Reason);

        File.WriteAllText(dir.File("adeff.csv"), Samples.MiniAdeff);
        File.WriteAllText(dir.File("adeff.xpt"), "not really");
        e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path));
        Assert.Equal(("adeff.csv", 0L), (e.Problems[0].File, e.Problems[0].Line));
        Assert.Contains("more than one file for adeff: adeff.csv, adeff.xpt", e.Problems[0].Reason);

        Assert.Throws<DirectoryNotFoundException>(() => TrialDataLoader.LoadFolder(dir.File("nope")));
    }

    [Fact]
    public void File_names_match_case_insensitively()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("ADSL.CSV"), Samples.MiniAdsl);
        File.WriteAllText(dir.File("AdEff.csv"), Samples.MiniAdeff);
        var data = TrialDataLoader.LoadFolder(dir.Path);
        Assert.Equal(4, data.Subjects.Count);
        Assert.Equal("ADSL.CSV", data.Subjects[0].Source!.File);
    }
}
