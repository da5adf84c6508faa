using System.Globalization;
using System.Text;
using AsAnalysis.Data.Xpt;
using AsAnalysis.Tests.Data.Xpt;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>
/// Produces the broken variants of the base export (see <see cref="BaseExport"/>): deterministic cases per file and
/// column plus seeded random ones. Every variant states what it must do (<see cref="Expect"/>) and, where the location
/// is known, the problem it must report.
/// </summary>
internal static class VariantGenerator
{
    private static IReadOnlyDictionary<string, CsvFile> Csv => BaseExport.Csv;
    private static readonly string[] Tables = BaseExport.Tables;
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Numeric columns by table (the loader parses them as numbers).</summary>
    private static readonly (string Table, string Column)[] NumericColumns =
        [("adsl", "AGE"), ("adeff", "AVAL"), ("adeff", "AVISITN"), ("adeff", "ADY"), ("adex", "EXDOSE")];

    private static readonly (string Table, string Column)[] DateColumns =
        [("adsl", "TRTSDT"), ("adsl", "TRTEDT"), ("adsl", "EOSDT"), ("adae", "ASTDT"), ("adex", "ASTDT")];

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["adsl"] = ["USUBJID", "TRT01P", "ITTFL", "SAFFL"],
        ["adeff"] = ["USUBJID", "PARAMCD", "AVISITN", "AVAL"],
        ["adae"] = ["USUBJID", "AEBODSYS", "AEDECOD", "AESEV", "AESER"],
        ["adex"] = ["USUBJID", "EXTRT"],
    };

    private static readonly Dictionary<string, string[]> Optional = new()
    {
        ["adsl"] = ["TRT01A", "PPROTFL", "TRTSDT", "TRTEDT", "AGE", "SEX", "HLAB27", "STRAT1", "EOSSTT", "DCSREAS", "EOSDT", "DTHFL"],
        ["adeff"] = ["AVISIT", "ADY"],
        ["adae"] = ["ASTDT", "AEREL", "AEACN", "AEOUT", "TRTEMFL"],
        ["adex"] = ["EXDOSE", "EXDOSU", "ASTDT"],
    };

    /// <summary>Text that is not a number (or not one the loader may keep exactly).</summary>
    private static readonly string[] NotNumbers =
    [
        "abc", "1.2.3", "NaN", "Infinity", "-Infinity", "1e400", "--1", "1_000", "0x1A", "\u00bd", "\u0661\u0662", "7 .5", ".", "-", "+",
        "1E", "e5", "$5", "5%", "1/2", "\u221e", "\uff15", "1e-70", "0.0000000000000000000000000000001", "12345678901234567890123456789.5",
        "79228162514264337593543950336", "(5)", "5-",
    ];

    private static readonly string[] NotDates =
        ["2016-13-01", "2016-02-30", "06/08/2016", "20160806", "2016-8-6", "2016-08-06T10:00", "08AUG2016", "yesterday", "2016-08-06Z", "0000-01-01"];

    private static readonly string[] NotFlags = ["Yes", "1", "T", "YN", "0", "No", "\u00dd"];

    // ------------------------------------------------------------------------------------------------ helpers

    private static Dictionary<string, byte[]> Files(string? replace = null, byte[]? bytes = null, string? remove = null)
    {
        var files = BaseExport.Files();
        if (remove is not null) files.Remove(remove);
        if (replace is not null)
        {
            files.Remove(Path.GetFileNameWithoutExtension(replace) + ".csv");
            files[replace] = bytes!;
        }
        return files;
    }

    private static Dictionary<string, byte[]> WithText(string table, string text) => Files(table + ".csv", Utf8.GetBytes(text));

    private static Dictionary<string, byte[]> WithCsv(CsvFile f) => Files(f.Name, f.Bytes());

    private static Variant Csv1(string category, string name, string table, string text, Expect expect) =>
        new(category, name, WithText(table, text), expect);

    /// <summary>The text of <paramref name="f"/> with data row <paramref name="row"/>'s line replaced.</summary>
    private static string EditLine(CsvFile f, int row, Func<string, string> edit)
    {
        var lines = f.Lines().ToArray();
        lines[row + 1] = edit(lines[row + 1]);
        return string.Concat(lines.Select(l => l + "\n"));
    }

    private static string InsertLine(CsvFile f, int beforeRow, string line)
    {
        var lines = f.Lines().ToList();
        lines.Insert(beforeRow + 1, line);
        return string.Concat(lines.Select(l => l + "\n"));
    }

    private static int RowWith(CsvFile f, Random rng, Func<string[], bool> predicate)
    {
        var candidates = Enumerable.Range(0, f.Rows.Count).Where(i => predicate(f.Rows[i])).ToArray();
        return candidates[rng.Next(candidates.Length)];
    }

    private static CsvFile RemoveColumn(CsvFile f, int c) =>
        f with { Header = f.Header.Where((_, i) => i != c).ToArray(), Rows = f.Rows.Select(r => r.Where((_, i) => i != c).ToArray()).ToArray() };

    private static bool IsRatingAval(string[] row) => row[4] != "" && ParamCodesAreRating(row[1]) && row[7] != "";

    private static bool ParamCodesAreRating(string paramCd) => AsAnalysis.Data.ParamCodes.IsRatingScale(paramCd);

    /// <summary>Positions in <paramref name="text"/> outside quoted fields, optionally only those holding <paramref name="c"/>.</summary>
    private static int[] Unquoted(string text, char? c = null)
    {
        var list = new List<int>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') { quoted = !quoted; continue; }
            if (!quoted && (c is null || text[i] == c)) list.Add(i);
        }
        return list.ToArray();
    }

    // ------------------------------------------------------------------------------------------------ all variants

    public static IReadOnlyList<Variant> All(int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Empty<Variant>()
            .Concat(Encodings())
            .Concat(Separators(rng))
            .Concat(Columns(rng))
            .Concat(Rows(rng))
            .Concat(Values(rng))
            .Concat(Quoting(rng))
            .Concat(WholeFiles(rng))
            .Concat(RandomStructural(rng, 120))
            .Concat(XptVariants(rng))
            .ToList();
    }

    // ---- encodings and line ends: harmless, must load identically

    private static IEnumerable<Variant> Encodings()
    {
        foreach (var t in Tables)
        {
            var f = Csv[t];
            yield return new("encoding", "utf8-bom/" + t, Files(f.Name, [0xEF, 0xBB, 0xBF, .. f.Bytes()]), Expect.Load);
            yield return Csv1("line-ends", "crlf/" + t, t, f.Text("\r\n"), Expect.Load);
            yield return Csv1("line-ends", "mixed-lf-crlf/" + t, t, string.Concat(f.Lines().Select((l, i) => l + (i % 2 == 0 ? "\n" : "\r\n"))), Expect.Load);
            yield return Csv1("line-ends", "cr-only/" + t, t, f.Text("\r"), Expect.Either);
            // RFC 4180 allows it, but it is indistinguishable from truncation: rejected on the last line (see CsvTableReader)
            yield return Csv1("line-ends", "no-final-newline/" + t, t, f.Text()[..^1], Expect.Fail) with { Problem = new(t + ".csv", CsvFile.LineOf(f.Rows.Count - 1)) };
            yield return Csv1("line-ends", "no-final-newline-crlf/" + t, t, f.Text("\r\n")[..^2], Expect.Fail) with { Problem = new(t + ".csv", CsvFile.LineOf(f.Rows.Count - 1)) };
            yield return Csv1("line-ends", "trailing-blank-lines/" + t, t, f.Text() + "\n\n\r\n", Expect.Load);
            yield return Csv1("line-ends", "blank-line-inside/" + t, t, InsertLine(f, f.Rows.Count / 2, ""), Expect.Load);
            yield return new("encoding", "utf16-bom/" + t, Files(f.Name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(f.Text())]), Expect.Either);
            yield return new("encoding", "utf16-bom-truncated/" + t, Files(f.Name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(f.Text()[..^2])]), Expect.Fail);
            yield return Csv1("quoting", "all-quoted/" + t, t,
                string.Concat(f.Lines().Select(l => string.Join(",", CsvFile.Split(l).Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\n")), Expect.Load);
            yield return Csv1("whitespace", "padded-cells/" + t, t,
                string.Concat(f.Lines().Select(l => string.Join(",", CsvFile.Split(l).Select(c => c.Contains(',') ? CsvFile.Quote(c) : " " + c + " ")) + "\n")), Expect.Load);
        }
        yield return new("encoding", "bom-crlf/all", Tables.ToDictionary(t => t + ".csv", t => (byte[])[0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(Csv[t].Text("\r\n"))]), Expect.Load);
    }

    // ---- separators and decimal commas

    private static IEnumerable<Variant> Separators(Random rng)
    {
        foreach (var t in Tables)
        {
            var f = Csv[t];
            foreach (var (name, sep) in new[] { ("semicolon", ";"), ("tab", "\t"), ("pipe", "|") })
            {
                var text = string.Concat(f.Lines().Select(l => string.Join(sep, CsvFile.Split(l).Select(c => c.Contains('"') ? CsvFile.Quote(c) : c.Contains(',') ? "\"" + c + "\"" : c)) + "\n"));
                yield return Csv1("separator", $"{name}/{t}", t, text, Expect.Fail) with { Problem = new(t + ".csv", 1, "USUBJID") };
            }
        }
        // decimal comma: unquoted 4,6 splits the field (field count), quoted "4,6" is not a number
        foreach (var (t, col) in new[] { ("adeff", "AVAL"), ("adeff", "AVAL"), ("adeff", "AVAL"), ("adex", "EXDOSE"), ("adeff", "AVISITN") })
        {
            var f = Csv[t];
            var c = f.Column(col);
            var row = RowWith(f, rng, r => r[c] != "");
            var value = Comma(f.Rows[row][c]);
            static string Comma(string v) => v.Contains('.') ? v.Replace('.', ',') : v + ",0";
            yield return Csv1("decimal-comma", $"unquoted/{t}/{col}/line{CsvFile.LineOf(row)}", t,
                EditLine(f, row, _ => string.Join(",", f.Rows[row].Select((x, i) => i == c ? value : CsvFile.Quote(x)))), Expect.Fail)
                with { Problem = new(t + ".csv", CsvFile.LineOf(row)) };
            yield return new("decimal-comma", $"quoted/{t}/{col}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, value)), Expect.Fail)
                { Problem = new(t + ".csv", CsvFile.LineOf(row), col, value) };
            var thousands = "1,234.5";
            yield return new("decimal-comma", $"thousands/{t}/{col}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, thousands)), Expect.Fail)
                { Problem = new(t + ".csv", CsvFile.LineOf(row), col, thousands) };
        }
    }

    // ---- header and columns

    private static IEnumerable<Variant> Columns(Random rng)
    {
        foreach (var t in Tables)
        {
            var f = Csv[t];
            foreach (var at in new[] { 0, f.Rows.Count / 2, f.Rows.Count })
                yield return Csv1("header", $"header-repeated/{t}/line{CsvFile.LineOf(at)}", t, InsertLine(f, at, CsvFile.Line(f.Header)), Expect.Fail)
                    with { Problem = new(t + ".csv", CsvFile.LineOf(at)) };
            yield return new("header", "duplicated-column/" + t,
                WithCsv(f with { Header = [.. f.Header, "usubjid"], Rows = f.Rows.Select(r => (string[])[.. r, r[0]]).ToArray() }), Expect.Fail)
                { Problem = new(t + ".csv", 1, "USUBJID") };
            yield return new("header", "lower-case/" + t, WithCsv(f with { Header = f.Header.Select(h => h.ToLowerInvariant()).ToArray() }), Expect.Load);
            yield return new("header", "renamed-usubjid/" + t, WithCsv(f with { Header = f.Header.Select(h => h == "USUBJID" ? "SUBJID" : h).ToArray() }), Expect.Fail)
                { Problem = new(t + ".csv", 1, "USUBJID") };
            yield return new("header", "extra-column/" + t,
                WithCsv(f with { Header = [.. f.Header, "XTRA"], Rows = f.Rows.Select((r, i) => (string[])[.. r, i % 3 == 0 ? "x, \"y\"" : i.ToString(CultureInfo.InvariantCulture)]).ToArray() }), Expect.Load);
            for (var k = 0; k < 2; k++)
            {
                var order = Enumerable.Range(0, f.Header.Length).OrderBy(_ => rng.Next()).ToArray();
                yield return new("header", $"columns-shuffled/{t}/{k}",
                    WithCsv(f with { Header = order.Select(i => f.Header[i]).ToArray(), Rows = f.Rows.Select(r => order.Select(i => r[i]).ToArray()).ToArray() }), Expect.Load);
            }
            for (var c = 0; c < f.Header.Length; c++)
            {
                var col = f.Header[c];
                var without = WithCsv(RemoveColumn(f, c));
                if (Required[t].Contains(col))
                    yield return new("missing-column", $"required/{t}/{col}", without, Expect.Fail) { Problem = new(t + ".csv", 1, col) };
                else if (Optional[t].Contains(col))
                    yield return new("missing-column", $"optional/{t}/{col}", without, Expect.Load) { Allow = Allowances.MissingColumn(t, col) };
                else
                    yield return new("missing-column", $"ignored/{t}/{col}", without, Expect.Load);
            }
            var emptyName = Array.FindIndex(f.Header, h => !Required[t].Contains(h) && !Optional[t].Contains(h));
            if (emptyName >= 0)
                yield return new("header", "empty-header-name/" + t, WithCsv(f with { Header = f.Header.Select((h, i) => i == emptyName ? "" : h).ToArray() }), Expect.Load);
        }
    }

    // ---- rows: field counts, duplicates

    private static IEnumerable<Variant> Rows(Random rng)
    {
        foreach (var t in Tables)
        {
            var f = Csv[t];
            for (var k = 0; k < 2; k++)
            {
                var row = rng.Next(f.Rows.Count);
                yield return Csv1("row", $"extra-field/{t}/line{CsvFile.LineOf(row)}", t, EditLine(f, row, l => l + ",x"), Expect.Fail)
                    with { Problem = new(t + ".csv", CsvFile.LineOf(row)) };
                row = rng.Next(f.Rows.Count);
                yield return Csv1("row", $"missing-field/{t}/line{CsvFile.LineOf(row)}", t,
                    EditLine(f, row, _ => CsvFile.Line(f.Rows[row][..^1])), Expect.Fail) with { Problem = new(t + ".csv", CsvFile.LineOf(row)) };
            }
            var at = rng.Next(f.Rows.Count);
            yield return Csv1("row", $"only-commas/{t}/line{CsvFile.LineOf(at)}", t, InsertLine(f, at, new string(',', f.Header.Length - 1)), Expect.Fail)
                with { Problem = new(t + ".csv", CsvFile.LineOf(at), "USUBJID", "") };
        }
        foreach (var t in new[] { "adsl", "adeff" })
        {
            var f = Csv[t];
            var row = rng.Next(f.Rows.Count);
            yield return Csv1("row", $"duplicated-row/{t}/line{CsvFile.LineOf(row)}", t, InsertLine(f, row + 1, CsvFile.Line(f.Rows[row])), Expect.Fail)
                with { Problem = new(t + ".csv", CsvFile.LineOf(row + 1), t == "adsl" ? "USUBJID" : "PARAMCD") };
        }
    }

    // ---- values: non-numeric, out of range, dates, flags, severities, subjects

    private static IEnumerable<Variant> Values(Random rng)
    {
        foreach (var (t, col) in NumericColumns)
        {
            var f = Csv[t];
            var c = f.Column(col);
            foreach (var junk in NotNumbers)
            {
                var row = RowWith(f, rng, r => r[c] != "");
                yield return new("not-a-number", $"{t}/{col}/{Escape(junk)}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, junk)), Expect.Fail)
                    { Problem = new(t + ".csv", CsvFile.LineOf(row), col, junk.Trim()) };
            }
            // the same number spelled differently: must load the same value
            var r0 = RowWith(f, rng, r => r[c] != "" && !r[c].StartsWith('-'));
            var v = f.Rows[r0][c];
            foreach (var same in new[] { "+" + v, " " + v + " ", "0" + v, v + "e0", v.Contains('.') ? v + "00" : v + ".0", v + "E+00" })
                yield return new("same-number", $"{t}/{col}/{Escape(same)}/line{CsvFile.LineOf(r0)}", WithCsv(f.WithCell(r0, c, same)), Expect.Load);
        }

        // out of range
        var eff = Csv["adeff"];
        var aval = eff.Column("AVAL");
        foreach (var bad in new[] { "10.01", "-0.5", "11", "100", "1000", "-0.0001" })
        {
            var row = RowWith(eff, rng, r => AsAnalysis.Data.ParamCodes.IsRatingScale(r[1]) && r[aval] != "");
            yield return new("out-of-range", $"adeff/AVAL/{bad}/line{CsvFile.LineOf(row)}", WithCsv(eff.WithCell(row, aval, bad)), Expect.Fail)
                { Problem = new("adeff.csv", CsvFile.LineOf(row), "AVAL", bad) };
        }
        foreach (var param in new[] { "CRP", "ESR", "LATFLEX" })
        {
            var row = RowWith(eff, rng, r => r[1] == param && r[aval] != "");
            yield return new("out-of-range", $"adeff/AVAL/negative-{param}/line{CsvFile.LineOf(row)}", WithCsv(eff.WithCell(row, aval, "-1")), Expect.Fail)
                { Problem = new("adeff.csv", CsvFile.LineOf(row), "AVAL", "-1") };
        }
        var adsl = Csv["adsl"];
        foreach (var bad in new[] { "151", "-1", "200", "1000000" })
        {
            var row = rng.Next(adsl.Rows.Count);
            yield return new("out-of-range", $"adsl/AGE/{bad}/line{CsvFile.LineOf(row)}", WithCsv(adsl.WithCell(row, adsl.Column("AGE"), bad)), Expect.Fail)
                { Problem = new("adsl.csv", CsvFile.LineOf(row), "AGE", bad) };
        }
        var adex = Csv["adex"];
        {
            var row = rng.Next(adex.Rows.Count);
            yield return new("out-of-range", $"adex/EXDOSE/-50/line{CsvFile.LineOf(row)}", WithCsv(adex.WithCell(row, adex.Column("EXDOSE"), "-50")), Expect.Fail)
                { Problem = new("adex.csv", CsvFile.LineOf(row), "EXDOSE", "-50") };
        }

        // dates
        foreach (var (t, col) in DateColumns)
        {
            var f = Csv[t];
            var c = f.Column(col);
            foreach (var junk in NotDates.OrderBy(_ => rng.Next()).Take(5))
            {
                var row = RowWith(f, rng, r => r[c] != "");
                yield return new("bad-date", $"{t}/{col}/{junk}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, junk)), Expect.Fail)
                    { Problem = new(t + ".csv", CsvFile.LineOf(row), col, junk) };
            }
        }
        {
            var s = adsl.Column("TRTSDT");
            var e = adsl.Column("TRTEDT");
            var row = RowWith(adsl, rng, r => r[s] != "");
            var before = DateOnly.ParseExact(adsl.Rows[row][s], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new("bad-date", $"adsl/TRTEDT-before-TRTSDT/line{CsvFile.LineOf(row)}", WithCsv(adsl.WithCell(row, e, before)), Expect.Fail)
                { Problem = new("adsl.csv", CsvFile.LineOf(row), "TRTEDT", before) };
        }

        // flags
        foreach (var (t, col) in new[] { ("adsl", "ITTFL"), ("adsl", "SAFFL"), ("adsl", "PPROTFL"), ("adae", "AESER"), ("adae", "TRTEMFL") })
        {
            var f = Csv[t];
            var c = f.Column(col);
            foreach (var junk in NotFlags.OrderBy(_ => rng.Next()).Take(3))
            {
                var row = rng.Next(f.Rows.Count);
                yield return new("bad-flag", $"{t}/{col}/{Escape(junk)}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, junk)), Expect.Fail)
                    { Problem = new(t + ".csv", CsvFile.LineOf(row), col, junk) };
            }
            var lower = RowWith(f, rng, r => r[c] != "");
            yield return new("bad-flag", $"{t}/{col}/lower-case/line{CsvFile.LineOf(lower)}", WithCsv(f.WithCell(lower, c, f.Rows[lower][c].ToLowerInvariant())), Expect.Load);
        }
        foreach (var col in new[] { "ITTFL", "SAFFL" })
        {
            var row = rng.Next(adsl.Rows.Count);
            yield return new("bad-flag", $"adsl/{col}/empty/line{CsvFile.LineOf(row)}", WithCsv(adsl.WithCell(row, adsl.Column(col), "")), Expect.Fail)
                { Problem = new("adsl.csv", CsvFile.LineOf(row), col, "") };
        }

        // severity
        var adae = Csv["adae"];
        var sev = adae.Column("AESEV");
        foreach (var junk in new[] { "MILDX", "Grade 1", "3", "LIFE THREATENING" })
        {
            var row = rng.Next(adae.Rows.Count);
            yield return new("bad-severity", $"adae/{Escape(junk)}/line{CsvFile.LineOf(row)}", WithCsv(adae.WithCell(row, sev, junk)), Expect.Fail)
                { Problem = new("adae.csv", CsvFile.LineOf(row), "AESEV", junk) };
        }
        {
            var row = rng.Next(adae.Rows.Count);
            yield return new("bad-severity", $"adae/lower-case/line{CsvFile.LineOf(row)}", WithCsv(adae.WithCell(row, sev, " " + adae.Rows[row][sev].ToLowerInvariant())), Expect.Load);
        }

        // subjects
        foreach (var t in new[] { "adeff", "adae", "adex" })
        {
            var f = Csv[t];
            foreach (var id in new[] { "MSCAS-999-9999", "mscas-103-0001", "MSCAS-103-000", "MSCAS-101-0002" })
            {
                var row = rng.Next(f.Rows.Count);
                yield return new("unknown-subject", $"{t}/{id}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, 0, id)), Expect.Fail)
                    { Problem = new(t + ".csv", CsvFile.LineOf(row), "USUBJID", id) };
            }
            var r1 = rng.Next(f.Rows.Count);
            yield return new("unknown-subject", $"{t}/padded-id/line{CsvFile.LineOf(r1)}", WithCsv(f.WithCell(r1, 0, " " + f.Rows[r1][0] + " ")), Expect.Load);
            var r2 = rng.Next(f.Rows.Count);
            yield return new("unknown-subject", $"{t}/empty-id/line{CsvFile.LineOf(r2)}", WithCsv(f.WithCell(r2, 0, "")), Expect.Fail)
                { Problem = new(t + ".csv", CsvFile.LineOf(r2), "USUBJID", "") };
        }
    }

    /// <summary>C0 controls and DEL except tab, CR and LF (those are whitespace and line breaks, covered elsewhere).</summary>
    private static readonly char[] ControlChars = [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007f'];

    private static string Escape(string s) => s.Length > 24 ? s[..24] + "~" : s.Replace("/", "_");

    // ---- quoting and embedded newlines

    private static IEnumerable<Variant> Quoting(Random rng)
    {
        foreach (var (t, col) in new[] { ("adae", "AEDECOD"), ("adae", "AEOUT"), ("adeff", "AVISIT"), ("adeff", "PARAM"), ("adsl", "STRAT1"), ("adex", "EXDOSU") })
        {
            var f = Csv[t];
            var c = f.Column(col);
            var row = rng.Next(f.Rows.Count);
            var allow = col == "PARAM" ? Allowances.None : Allowances.ChangedText(t, col);
            yield return new("quoted-newline", $"{t}/{col}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, "first\nsecond")), Expect.Load) { Allow = allow };
            yield return new("quoted-newline", $"{t}/{col}/crlf/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, "first\r\nsecond\r\n")), Expect.Load) { Allow = allow };
            yield return new("quoted-quotes", $"{t}/{col}/line{CsvFile.LineOf(row)}", WithCsv(f.WithCell(row, c, "say \"hello\", twice")), Expect.Load) { Allow = allow };
        }
        // a bad value after an embedded newline is reported on its physical line
        foreach (var (t, text, num) in new[] { ("adeff", "AVISIT", "AVAL"), ("adeff", "PARAM", "AVISITN"), ("adsl", "STRAT1", "AGE"), ("adex", "EXDOSU", "EXDOSE") })
        {
            var f = Csv[t];
            var row = rng.Next(Math.Max(1, f.Rows.Count - 3));
            var bad = Math.Min(f.Rows.Count - 1, row + 1 + rng.Next(3));
            var edited = f.WithCell(row, f.Column(text), "one\ntwo\r\nthree").WithCell(bad, f.Column(num), "x9");
            yield return new("quoted-newline", $"then-bad-value/{t}/{num}/line{CsvFile.LineOf(bad) + 2}", WithCsv(edited), Expect.Fail)
                { Problem = new(t + ".csv", CsvFile.LineOf(bad) + 2, num, "x9") };
        }
        foreach (var t in Tables)
        {
            var f = Csv[t];
            var row = rng.Next(f.Rows.Count);
            yield return Csv1("malformed-quoting", $"stray-quote/{t}/line{CsvFile.LineOf(row)}", t, EditLine(f, row, l => l.Insert(3, "\"")), Expect.Fail)
                with { Problem = new(t + ".csv", CsvFile.LineOf(row)) };
            row = rng.Next(f.Rows.Count);
            yield return Csv1("malformed-quoting", $"text-after-quote/{t}/line{CsvFile.LineOf(row)}", t,
                EditLine(f, row, _ => "\"" + f.Rows[row][0] + "\"x," + CsvFile.Line(f.Rows[row].Skip(1))), Expect.Fail)
                with { Problem = new(t + ".csv", CsvFile.LineOf(row)) };
            row = f.Rows.Count - 1 - rng.Next(Math.Min(3, f.Rows.Count));
            yield return Csv1("malformed-quoting", $"unterminated-quote/{t}/line{CsvFile.LineOf(row)}", t,
                EditLine(f, row, l => "\"" + l), Expect.Fail);
        }
    }

    // ---- whole files: empty, header only, missing, garbage, huge fields, truncation

    private static IEnumerable<Variant> WholeFiles(Random rng)
    {
        foreach (var t in Tables)
        {
            var f = Csv[t];
            yield return new("empty-file", "zero-bytes/" + t, Files(f.Name, []), Expect.Fail) { Problem = new(t + ".csv", 0) };
            yield return new("empty-file", "bom-only/" + t, Files(f.Name, [0xEF, 0xBB, 0xBF]), Expect.Fail) { Problem = new(t + ".csv", 0) };
            yield return Csv1("empty-file", "blank-lines-only/" + t, t, "\n\r\n  \n", Expect.Fail);
            yield return Csv1("empty-file", "header-only/" + t, t, CsvFile.Line(f.Header) + "\n", t == "adsl" ? Expect.Fail : Expect.Either)
                with { Allow = Allowances.EmptyTable(t), Problem = t == "adsl" ? new("adsl.csv", 0) : null };
            if (t != "adsl")
                yield return new("missing-file", t, Files(remove: f.Name), Expect.Load) { Allow = Allowances.EmptyTable(t) };
            for (var k = 0; k < 3; k++)
            {
                var garbage = new byte[rng.Next(1, 5000)];
                rng.NextBytes(garbage);
                yield return new("binary-garbage", $"replaced/{t}/{k}", Files(f.Name, garbage), Expect.Fail);
                var line = new byte[rng.Next(1, 300)];
                rng.NextBytes(line);
                yield return new("binary-garbage", $"line-appended/{t}/{k}", Files(f.Name, [.. f.Bytes(), .. line, (byte)'\n']), Expect.Either);
            }
            var nulRow = rng.Next(f.Rows.Count);
            yield return Csv1("binary-garbage", $"nul-in-line/{t}/line{CsvFile.LineOf(nulRow)}", t, EditLine(f, nulRow, l => l.Insert(l.LastIndexOf(',') + 1, "\0")), Expect.Either);

            // truncation: anywhere, and exactly at line ends
            var bytes = f.Bytes();
            for (var k = 0; k < 8; k++)
            {
                var cut = rng.Next(1, bytes.Length);
                yield return new("truncated", $"{t}/at{cut}", Files(f.Name, bytes[..cut]), Expect.Either) { Allow = Allowances.SubsetOf(t) };
            }
            // cut inside the last value of the last line: "5.7" -> "5." or "5" would load a changed number
            foreach (var n in new[] { 2, 3 })
                yield return new("truncated", $"{t}/inside-last-value-{n}", Files(f.Name, bytes[..^n]), Expect.Fail)
                    { Problem = new(t + ".csv", CsvFile.LineOf(f.Rows.Count - 1)) };
            var ends = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == '\n').ToArray();
            foreach (var end in new[] { ends[ends.Length / 2], ends[^2] })
                yield return new("truncated", $"{t}/at-line-end{end + 1}", Files(f.Name, bytes[..(end + 1)]), Expect.Either) { Allow = Allowances.SubsetOf(t) };
        }

        // huge fields
        var adae = Csv["adae"];
        var eff = Csv["adeff"];
        var aval = eff.Column("AVAL");
        var r = RowWith(eff, rng, x => x[aval] != "");
        yield return new("huge-field", "adae/AEDECOD-4MB", WithCsv(adae.WithCell(1, adae.Column("AEDECOD"), new string('A', 4 << 20))), Expect.Either)
            { Allow = Allowances.ChangedText("adae", "AEDECOD") };
        yield return new("huge-field", "adae/AEOUT-100k-lines", WithCsv(adae.WithCell(2, adae.Column("AEOUT"), string.Concat(Enumerable.Repeat("x\n", 100_000)))), Expect.Either)
            { Allow = Allowances.ChangedText("adae", "AEOUT") };
        yield return new("huge-field", "adeff/PARAM-2MB (ignored column)", WithCsv(eff.WithCell(0, eff.Column("PARAM"), new string('p', 2 << 20))), Expect.Load);
        yield return new("huge-field", $"adeff/AVAL-1M-digits/line{CsvFile.LineOf(r)}", WithCsv(eff.WithCell(r, aval, new string('9', 1 << 20))), Expect.Fail)
            { Problem = new("adeff.csv", CsvFile.LineOf(r), "AVAL") };
        yield return new("huge-field", $"adeff/AVAL-1M-zeros-then-1/line{CsvFile.LineOf(r)}", WithCsv(eff.WithCell(r, aval, "0." + new string('0', 1 << 20) + "1")), Expect.Fail)
            { Problem = new("adeff.csv", CsvFile.LineOf(r), "AVAL") };
        yield return new("huge-field", $"adeff/AVAL-1M-trailing-zeros/line{CsvFile.LineOf(r)}", WithCsv(eff.WithCell(r, aval, eff.Rows[r][aval] + (eff.Rows[r][aval].Contains('.') ? "" : ".") + new string('0', 1 << 20))), Expect.Either);
        yield return new("huge-field", "adsl/USUBJID-1MB", WithCsv(Csv["adsl"].WithCell(0, 0, new string('S', 1 << 20))), Expect.Fail);

        // folder-level cases through LoadFolder on disk
        yield return new("missing-file", "adsl", Files(remove: "adsl.csv"), Expect.Fail) { ThroughFolder = true, Problem = new("adsl.csv", 0) };
        yield return new("missing-file", "adeff-and-adae", Files(remove: "adeff.csv").Where(kv => kv.Key != "adae.csv").ToDictionary(), Expect.Fail) { ThroughFolder = true };
        yield return new("missing-file", "clean-through-folder", Files(), Expect.Load) { ThroughFolder = true };
        foreach (var t in Tables)
        {
            var both = Files();
            both[t + ".xpt"] = BaseExport.Xpt[t];
            yield return new("file-names", $"csv-and-xpt/{t}", both, Expect.Fail) { ThroughFolder = true, Problem = new(t + ".csv", 0) };
        }
    }

    // ---- seeded random structural damage: separators, quotes and line breaks moved around

    private static IEnumerable<Variant> RandomStructural(Random rng, int count)
    {
        var texts = Tables.ToDictionary(t => t, t => Csv[t].Text());
        var unquoted = Tables.ToDictionary(t => t, t => Unquoted(texts[t]));
        var commas = Tables.ToDictionary(t => t, t => Unquoted(texts[t], ','));
        var newlines = Tables.ToDictionary(t => t, t => Unquoted(texts[t], '\n'));
        for (var k = 0; k < count; k++)
        {
            var t = Tables[rng.Next(Tables.Length)];
            var text = texts[t];
            var op = rng.Next(8);
            string name;
            switch (op)
            {
                case 0:
                {
                    var p = commas[t][rng.Next(commas[t].Length)];
                    text = text.Remove(p, 1).Insert(p, ";");
                    name = $"comma-to-semicolon@{p}";
                    break;
                }
                case 1:
                {
                    var p = commas[t][rng.Next(commas[t].Length)];
                    text = text.Remove(p, 1);
                    name = $"comma-deleted@{p}";
                    break;
                }
                case 2:
                {
                    var p = unquoted[t][rng.Next(unquoted[t].Length)];
                    text = text.Insert(p, ",");
                    name = $"comma-inserted@{p}";
                    break;
                }
                case 3:
                {
                    var p = newlines[t][rng.Next(newlines[t].Length)];
                    text = text.Remove(p, 1);
                    name = $"newline-deleted@{p}";
                    break;
                }
                case 4:
                {
                    var p = unquoted[t][rng.Next(unquoted[t].Length)];
                    text = text.Insert(p, "\n");
                    name = $"newline-inserted@{p}";
                    break;
                }
                case 5:
                {
                    var p = unquoted[t][rng.Next(unquoted[t].Length)];
                    text = text.Insert(p, "\"");
                    name = $"quote-inserted@{p}";
                    break;
                }
                case 6:
                {
                    var p = newlines[t][rng.Next(newlines[t].Length)];
                    text = text.Insert(p, rng.Next(2) == 0 ? "\r" : "\n");
                    name = $"line-break-doubled@{p}";
                    break;
                }
                default:
                {
                    var p = unquoted[t][rng.Next(unquoted[t].Length)];
                    var junk = new string(Enumerable.Range(0, rng.Next(1, 8)).Select(_ => ControlChars[rng.Next(ControlChars.Length)]).ToArray());
                    text = text.Insert(p, junk);
                    name = $"control-chars-inserted@{p}";
                    break;
                }
            }
            yield return Csv1("random-structural", $"{t}/{name}", t, text, Expect.Either);
        }
    }

    // ---- SAS transport variants

    private static int ObsHeaderEnd(byte[] xpt)
    {
        var marker = Encoding.ASCII.GetBytes("HEADER RECORD*******OBS     HEADER RECORD!!!!!!!");
        return xpt.AsSpan().IndexOf(marker) + 80;
    }

    /// <summary>Columns of the base table that a damaged XPT no longer has under a canonical name (renamed by the damage).</summary>
    private static Allowances RenamedAway(string t, byte[] xpt)
    {
        try
        {
            var names = XptReader.Read(new MemoryStream(xpt), t + ".xpt").Variables.Select(v => v.Name.ToUpperInvariant()).ToHashSet();
            return new Allowances { Missing = Csv[t].Header.Where(h => !names.Contains(h)).Select(h => t + "." + h).ToHashSet() };
        }
        catch (AsAnalysis.Data.TrialDataException)
        {
            return Allowances.None;
        }
    }

    private static Dictionary<string, byte[]> WithXpt(string t, byte[] xpt)
    {
        var files = BaseExport.Files(t);
        files[t + ".xpt"] = xpt;
        return files;
    }

    private static IEnumerable<Variant> XptVariants(Random rng)
    {
        yield return new("xpt", "clean/all", BaseExport.Files(Tables), Expect.Load);
        foreach (var t in Tables)
        {
            var x = BaseExport.Xpt[t];
            yield return new("xpt", $"clean/{t}-only", BaseExport.Files(t), Expect.Load);

            for (var k = 0; k < 8; k++)
            {
                var cut = k < 6 ? rng.Next(1, x.Length) : (x.Length / 80 - 1 - rng.Next(3)) * 80;
                yield return new("xpt-truncated", $"{t}/at{cut}", WithXpt(t, x[..cut]), Expect.Either) { Allow = Allowances.SubsetOf(t) };
            }

            var headerEnd = ObsHeaderEnd(x);
            for (var k = 0; k < 32; k++)
            {
                var damaged = (byte[])x.Clone();
                var p = rng.Next(headerEnd);
                var mask = (byte)rng.Next(1, 256);
                damaged[p] ^= mask;
                yield return new("xpt-header-flip", $"{t}/byte{p}^0x{mask:X2}", WithXpt(t, damaged), Expect.Either) { Allow = RenamedAway(t, damaged) };
            }

            for (var k = 0; k < 3; k++)
            {
                var garbage = new byte[rng.Next(1, 4000)];
                rng.NextBytes(garbage);
                yield return new("xpt-garbage", $"replaced/{t}/{k}", WithXpt(t, garbage), Expect.Fail) { Problem = new(t + ".xpt", 0) };
                var tail = new byte[80 * rng.Next(1, 4) - (k == 0 ? 7 : 0)];
                rng.NextBytes(tail);
                yield return new("xpt-garbage", $"appended/{t}/{k}", WithXpt(t, [.. x, .. tail]), Expect.Fail);
            }

            var nul = (byte[])x.Clone();
            for (var i = nul.Length - 1; i >= 0 && nul[i] == (byte)' '; i--) nul[i] = 0;
            yield return new("xpt", $"nul-padding/{t}", WithXpt(t, nul), Expect.Load);
            yield return new("xpt", $"two-members/{t}",
                WithXpt(t, XptTestWriter.WriteLibrary(SampleXpt.Member(t, Csv[t].Header, Csv[t].Rows), SampleXpt.Member(t, Csv[t].Header, Csv[t].Rows))), Expect.Fail)
                { Problem = new(t + ".xpt", 0) };
            var v8 = (byte[])x.Clone();
            Encoding.ASCII.GetBytes("LIBV8   ").CopyTo(v8, 20);
            yield return new("xpt", $"version-8-header/{t}", WithXpt(t, v8), Expect.Fail) { Problem = new(t + ".xpt", 0) };
            yield return new("xpt", $"csv-named-xpt/{t}", WithXpt(t, Csv[t].Bytes()), Expect.Fail) { Problem = new(t + ".xpt", 0) };
        }

        // values inside transport files: located by observation number
        var eff = Csv["adeff"];
        var obs = RowWith(eff, rng, r => AsAnalysis.Data.ParamCodes.IsRatingScale(r[1]) && r[7] != "");
        yield return new("xpt-values", $"adeff/AVAL-11/obs{obs + 1}", WithXpt("adeff", Edited("adeff", obs, "AVAL", 11.0)), Expect.Fail)
            { Problem = new("adeff.xpt", obs + 1, "AVAL", "11") };
        yield return new("xpt-values", $"adeff/AVISITN-missing-A/obs{obs + 1}", WithXpt("adeff", Edited("adeff", obs, "AVISITN", new Missing('A'))), Expect.Fail)
            { Problem = new("adeff.xpt", obs + 1, "AVISITN", "") };
        yield return new("xpt-values", $"adeff/ADY-fraction/obs{obs + 1}", WithXpt("adeff", Edited("adeff", obs, "ADY", 12.5)), Expect.Fail)
            { Problem = new("adeff.xpt", obs + 1, "ADY", "12.5") };
        yield return new("xpt-values", $"adeff/AVAL-tiny/obs{obs + 1}", WithXpt("adeff", Edited("adeff", obs, "AVAL", 1e-70)), Expect.Fail)
            { Problem = new("adeff.xpt", obs + 1, "AVAL", "1E-70") };
        yield return new("xpt-values", "adae/ASTDT-fraction/obs2", WithXpt("adae", Edited("adae", 1, "ASTDT", 20000.5)), Expect.Fail)
            { Problem = new("adae.xpt", 2, "ASTDT", "20000.5") };
        yield return new("xpt-values", "adae/unknown-subject/obs3", WithXpt("adae", Edited("adae", 2, "USUBJID", "MSCAS-999-9999")), Expect.Fail)
            { Problem = new("adae.xpt", 3, "USUBJID", "MSCAS-999-9999") };
        yield return new("xpt-values", "adsl/AGE-special-missing/obs1", WithXpt("adsl", Edited("adsl", 0, "AGE", new Missing('Z'))), Expect.Load)
            { Allow = Allowances.MissingColumn("adsl", "AGE") };
    }

    private static byte[] Edited(string t, int row, string column, object? value)
    {
        var c = Csv[t].Column(column);
        return XptTestWriter.WriteLibrary(SampleXpt.Member(t, Csv[t].Header, Csv[t].Rows, (i, r) => { if (i == row) r[c] = value; }));
    }
}
