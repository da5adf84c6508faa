using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

/// <summary>Records keep their file and line inline (no SourceLocation object per record); Source behaves as a value.</summary>
public class SourcePositionTests
{
    [Fact]
    public void Source_is_made_on_demand_and_compares_by_value()
    {
        var data = TrialDataLoader.LoadFolder(Samples.Root);
        var first = data.Assessments[0];
        // data-samples/adeff.csv: the header is line 1, the first record line 2.
        Assert.Equal(new SourceLocation("adeff.csv", 2), first.Source);
        Assert.Equal(first.Source, first.Source);
        Assert.NotSame(first.Source, first.Source);
        Assert.Equal(new SourceLocation("adsl.csv", 2), data.Subjects[0].Source);
        Assert.Equal("adae.csv", data.AdverseEvents[^1].Source!.File);
        Assert.Equal("adex.csv", data.Exposures[^1].Source!.File);
        Assert.Equal(1663, data.Exposures[^1].Source!.Line); // 1662 records after the header
    }

    [Fact]
    public void Records_with_the_same_values_and_location_are_equal_and_with_changes_the_location()
    {
        var a = new Assessment { UsubjId = "S-1", ParamCd = "CRP", VisitWeek = 0m, Value = 3m, Source = new SourceLocation("adeff.csv", 7) };
        var b = new Assessment { UsubjId = "S-1", ParamCd = "CRP", VisitWeek = 0m, Value = 3m, Source = new SourceLocation("adeff.csv", 7) };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Source = new SourceLocation("adeff.csv", 8) });
        Assert.NotEqual(a, b with { Source = null });
        Assert.Null((a with { Source = null }).Source);
        Assert.Equal(new SourceLocation("adeff.xpt", 7), (a with { Source = new SourceLocation("adeff.xpt", 7) }).Source);
        Assert.Contains("Source = adeff.csv:7", a.ToString(), StringComparison.Ordinal);
    }
}
