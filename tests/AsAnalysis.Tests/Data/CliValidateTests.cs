using AsAnalysis.Cli;

namespace AsAnalysis.Tests.Data;

public class CliValidateTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_prints_the_summary_of_the_sample()
    {
        var (code, output, err) = Run("validate", Samples.Root);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("OK, no problems found.", output);
        Assert.Contains("adsl.csv (60 rows), adeff.csv (9702 rows), adae.csv (64 rows), adex.csv (1662 rows)", output);
        Assert.Matches(@"Etanercept\s+30\s+30\s+30\s+\d+\s+\d+", output);
        Assert.Matches(@"MSC\s+30\s+30\s+29\s+\d+\s+\d+", output);
        Assert.Matches(@"12\s+Week 12\s+\d+\s+\d+\s+\d+", output);
        Assert.Contains("Adverse events by actual arm", output);
        Assert.Contains("Exposure by actual arm", output);
    }

    [Fact]
    public void Validate_names_file_line_and_column_of_bad_data_with_exit_code_2()
    {
        var (code, output, err) = Run("validate", Samples.Bad("not-a-number"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("adeff.csv:5, column AVAL, value '3,5': not a number", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
    }

    [Fact]
    public void Validate_applies_column_maps_given_on_the_command_line()
    {
        string[] map =
        [
            "SUBJECT_ID=USUBJID", "ARM=TRT01P", "ITT=ITTFL", "SAFETY=SAFFL", "PARAMETER=PARAMCD", "WEEK=AVISITN", "RESULT=AVAL",
            "BODY_SYSTEM=AEBODSYS", "PREFERRED_TERM=AEDECOD", "SEVERITY=AESEV", "SERIOUS=AESER", "ONSET=ASTDT",
        ];
        var (code, output, err) = Run(["validate", Samples.ColumnMapped, .. map.SelectMany(m => new[] { "--map", m })]);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("adsl.csv (4 rows)", output);
    }

    [Fact]
    public void Usage_errors_exit_with_1_and_a_clear_message()
    {
        var missing = Run("validate", Path.Combine(Samples.Root, "no-such-folder"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("does not exist", missing.Err);
        Assert.DoesNotContain("   at ", missing.Err);

        Assert.Equal(1, Run().Code);
        Assert.Equal(1, Run("validate").Code);
        Assert.Equal(1, Run("validate", "a", "b").Code);
        Assert.Equal(1, Run("validate", Samples.Root, "--arms", "1").Code);
        Assert.Equal(1, Run("validate", Samples.Root, "--map", "nonsense").Code);
        Assert.Equal(1, Run("validate", Samples.Root, "--vas", "CRP").Code);
        var unknown = Run("frobnicate");
        Assert.Equal(1, unknown.Code);
        Assert.Contains("unknown command 'frobnicate'", unknown.Err);
        Assert.Equal(0, Run("--help").Code);
    }

    [Fact]
    public void Validate_accepts_more_arms_when_asked()
    {
        Assert.Equal(2, Run("validate", Samples.Bad("three-arms")).Code);
        Assert.Equal(0, Run("validate", Samples.Bad("three-arms"), "--arms", "any").Code);
        Assert.Equal(0, Run("validate", Samples.Bad("three-arms"), "--arms", "3").Code);
    }

    [Fact]
    public void Generate_writes_an_export_that_validates()
    {
        using var dir = new TempDir();
        var (code, output, _) = Run("generate", "--out", dir.Path, "--seed", "5", "--subjects-per-arm", "6");
        Assert.Equal(0, code);
        Assert.Contains("adsl.csv 12 rows", output);
        Assert.Equal(0, Run("validate", dir.Path).Code);
        Assert.Equal(1, Run("generate", "--out", dir.Path, "--subjects-per-arm", "many").Code);
        Assert.Equal(1, Run("generate").Code);
    }
}
