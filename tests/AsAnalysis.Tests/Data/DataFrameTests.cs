using AsAnalysis.Data;
using Microsoft.Data.Analysis;

namespace AsAnalysis.Tests.Data;

public class DataFrameTests
{
    private static readonly TrialData Data = TrialDataLoader.LoadFolder(Samples.Root);

    [Fact]
    public void Frames_have_canonical_names_and_explicit_types()
    {
        var f = Data.ToDataFrames();
        Assert.Equal(Data.Subjects.Count, f.Subjects.Rows.Count);
        Assert.Equal(Data.Assessments.Count, f.Assessments.Rows.Count);
        Assert.Equal(Data.AdverseEvents.Count, f.AdverseEvents.Rows.Count);
        Assert.Equal(Data.Exposures.Count, f.Exposure.Rows.Count);

        Assert.IsType<StringDataFrameColumn>(f.Subjects["USUBJID"]);
        Assert.IsType<BooleanDataFrameColumn>(f.Subjects["SAFFL"]);
        Assert.IsType<DateTimeDataFrameColumn>(f.Subjects["TRTSDT"]);
        Assert.IsType<DecimalDataFrameColumn>(f.Subjects["AGE"]);
        Assert.IsType<DecimalDataFrameColumn>(f.Assessments["AVISITN"]);
        Assert.IsType<DecimalDataFrameColumn>(f.Assessments["AVAL"]);
        Assert.IsType<Int32DataFrameColumn>(f.Assessments["ADY"]);
        Assert.IsType<StringDataFrameColumn>(f.AdverseEvents["AESEV"]);
        Assert.IsType<BooleanDataFrameColumn>(f.AdverseEvents["TRTEMFL"]);
        Assert.IsType<DecimalDataFrameColumn>(f.Exposure["EXDOSE"]);

        var a = Data.Assessments[0];
        Assert.Equal(a.Value, f.Assessments["AVAL"][0]);
        Assert.Equal(a.UsubjId, f.Assessments["USUBJID"][0]);
        var untreated = Data.Subjects.Select((s, i) => (s, i)).Single(x => !x.s.Safety);
        Assert.Null(f.Subjects["TRTSDT"][untreated.i]);
        Assert.Equal(false, f.Subjects["SAFFL"][untreated.i]);
        var missing = Data.Assessments.Select((x, i) => (x, i)).First(x => x.x.Value is null).i;
        Assert.Null(f.Assessments["AVAL"][missing]);
        Assert.Equal(Data.Assessments.Count(x => x.Value is null), f.Assessments["AVAL"].NullCount);
    }

    [Fact]
    public void Round_trip_through_dataframes_keeps_every_record()
    {
        var back = Data.ToDataFrames().ToTrialData();
        Assert.Equal(LoaderSourcesTests.Content(Data), LoaderSourcesTests.Content(back));
        Assert.Equal(new SourceLocation("adeff (DataFrame)", 1), back.Assessments[0].Source);
    }

    [Fact]
    public void Frames_built_by_hand_are_validated_like_files()
    {
        var subjects = new DataFrame(
            new StringDataFrameColumn("usubjid", new[] { "S-1", "S-2" }),
            new StringDataFrameColumn("TRT01P", new[] { "MSC", "Etanercept" }),
            new BooleanDataFrameColumn("ITTFL", new[] { true, true }),
            new StringDataFrameColumn("SAFFL", new[] { "Y", "N" }));
        var assessments = new DataFrame(
            new StringDataFrameColumn("USUBJID", new[] { "S-1", "S-2", "S-3" }),
            new StringDataFrameColumn("PARAMCD", new[] { "PTGLOBAL", "PTGLOBAL", "PTGLOBAL" }),
            new Int32DataFrameColumn("AVISITN", new[] { 0, 0, 0 }),
            new DoubleDataFrameColumn("AVAL", new[] { 4.4, 11, 3 }));
        var frames = new TrialDataFrames(subjects, assessments, new DataFrame(), new DataFrame());
        var e = Assert.Throws<TrialDataException>(() => frames.ToTrialData());
        Assert.Equal(
            ["adeff (DataFrame):2, column AVAL, value '11': outside 0-10 for the rating scale PTGLOBAL (if it is a 0-100 VAS, list it in LoadOptions.VasParameters)",
             "adeff (DataFrame):3, column USUBJID, value 'S-3': unknown subject: not in adsl (DataFrame)"],
            e.Problems.Select(p => p.ToString()));

        assessments["AVAL"][1] = 1.1;
        assessments["USUBJID"][2] = "S-2";
        assessments["AVISITN"][2] = 12;
        var data = frames.ToTrialData();
        Assert.Equal([4.4m, 1.1m, 3m], data.Assessments.Select(x => x.Value!.Value)); // doubles pass through "R" text: 4.4 stays exactly 4.4
        Assert.Empty(data.AdverseEvents);
    }
}
