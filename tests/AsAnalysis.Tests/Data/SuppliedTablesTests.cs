using AsAnalysis.Data;
using AsAnalysis.Reporting;

namespace AsAnalysis.Tests.Data;

/// <summary>
/// <see cref="TrialData.SuppliedTables"/> says which tables the data were built from: set by the loader for the files it
/// was given (also those without records), by the constructor's caller for data built in memory; the report's default
/// analyses follow it.
/// </summary>
public class SuppliedTablesTests
{
    private const string Adsl = "USUBJID,TRT01P,ITTFL,SAFFL\nS1,A,Y,Y\nS2,B,Y,Y\n";
    private const string AdaeHeader = "USUBJID,AEBODSYS,AEDECOD,AESEV,AESER\n";

    private static Subject S(string id, string arm) => new() { UsubjId = id, PlannedArm = arm, ActualArm = arm, Itt = true, Safety = true };

    [Fact]
    public void The_loader_lists_the_files_found()
    {
        var sample = TrialDataLoader.LoadFolder(Samples.Root);
        Assert.Equal(TrialTables.Subjects | TrialTables.Assessments | TrialTables.AdverseEvents | TrialTables.Exposures, sample.SuppliedTables);
        Assert.Equal(sample.SuppliedTables, sample.Summarize().SuppliedTables);
        var efficacyOnly = TrialDataLoader.Load(new StringReader(Adsl), new StringReader("USUBJID,PARAMCD,AVISITN,AVAL\nS1,CRP,0,1\n"), null);
        Assert.Equal(TrialTables.Subjects | TrialTables.Assessments, efficacyOnly.SuppliedTables);
    }

    [Fact]
    public void A_table_without_records_is_supplied_and_asks_for_its_analysis()
    {
        // adae with a header only: no event, but the safety analysis runs (and reports no event) by default.
        var data = TrialDataLoader.Load(new StringReader(Adsl), null, new StringReader(AdaeHeader));
        Assert.Empty(data.AdverseEvents);
        Assert.Equal(TrialTables.Subjects | TrialTables.AdverseEvents, data.SuppliedTables);
        Assert.True(TrialReport.RunsSafety(data, new ReportOptions("A")));
        Assert.False(TrialReport.RunsEfficacy(data, new ReportOptions("A")));
    }

    [Fact]
    public void In_memory_data_supply_the_tables_with_records_unless_told_otherwise()
    {
        var ae = new AdverseEvent { UsubjId = "S1", Soc = "Infections", Pt = "Nasopharyngitis" };
        Assert.Equal(TrialTables.Subjects | TrialTables.AdverseEvents, new TrialData([S("S1", "A"), S("S2", "B")], adverseEvents: [ae]).SuppliedTables);
        Assert.Equal(TrialTables.Subjects, new TrialData([S("S1", "A")], assessments: [], adverseEvents: []).SuppliedTables);

        var told = new TrialData([S("S1", "A"), S("S2", "B")], adverseEvents: [ae], suppliedTables: TrialTables.Subjects | TrialTables.Assessments | TrialTables.AdverseEvents);
        Assert.Equal(TrialTables.Subjects | TrialTables.Assessments | TrialTables.AdverseEvents, told.SuppliedTables);
        Assert.True(TrialReport.RunsEfficacy(told, new ReportOptions("A")));
        Assert.False(TrialReport.RunsEfficacy(new TrialData([S("S1", "A"), S("S2", "B")], adverseEvents: [ae]), new ReportOptions("A")));
    }

    [Fact]
    public void The_supplied_tables_include_the_subjects_and_every_table_with_records()
    {
        var ae = new AdverseEvent { UsubjId = "S1", Soc = "Infections", Pt = "Nasopharyngitis" };
        var e = Assert.Throws<ArgumentException>(() => new TrialData([S("S1", "A")], suppliedTables: TrialTables.None));
        Assert.Equal("suppliedTables", e.ParamName);
        Assert.StartsWith("The supplied tables leave out adsl:", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new TrialData([S("S1", "A")], adverseEvents: [ae], suppliedTables: TrialTables.Subjects | TrialTables.Exposures));
        Assert.StartsWith("The supplied tables leave out adae:", e.Message, StringComparison.Ordinal);
        Assert.Equal("suppliedTables", Assert.Throws<ArgumentOutOfRangeException>(() => new TrialData([S("S1", "A")], suppliedTables: TrialTables.Subjects | (TrialTables)16)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrialDataSummary([], [], [], [], [], []) { SuppliedTables = (TrialTables)32 });
    }

    [Fact]
    public void Every_table_has_a_code_a_short_label_and_a_label()
    {
        Assert.Equal(["none", "adsl", "adeff", "adae", "adex"], Enum.GetValues<TrialTables>().Select(t => t.Code()));
        Assert.Equal(["None", "Subjects", "Efficacy", "AEs", "Exposure"], Enum.GetValues<TrialTables>().Select(t => t.ShortLabel()));
        Assert.Equal(["no table", "subject-level data (adsl)", "efficacy assessments (adeff)", "adverse events (adae)", "exposure (adex)"],
            Enum.GetValues<TrialTables>().Select(t => t.Label()));
        // The codes are the loader's base file names.
        Assert.Equal([TrialDataLoader.SubjectsName, TrialDataLoader.AssessmentsName, TrialDataLoader.AdverseEventsName, TrialDataLoader.ExposureName],
            new[] { TrialTables.Subjects, TrialTables.Assessments, TrialTables.AdverseEvents, TrialTables.Exposures }.Select(t => t.Code()));
        var set = TrialTables.AdverseEvents | TrialTables.Subjects;
        Assert.Equal(("adsl+adae", "Subjects, AEs", "subject-level data (adsl), adverse events (adae)"), (set.Code(), set.ShortLabel(), set.Label()));
        Assert.Equal("tables", Assert.Throws<ArgumentOutOfRangeException>(() => ((TrialTables)16).Code()).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => (TrialTables.Subjects | (TrialTables)64).Label());
    }
}
