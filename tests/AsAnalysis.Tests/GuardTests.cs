using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Plots;
using AsAnalysis.Reporting;
using AsAnalysis.Formatting;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Tests;

/// <summary>The argument checks of <see cref="Guard"/> and the value-equal collections the options types store.</summary>
public class GuardTests
{
    [Fact]
    public void ChecksReturnTheValueOrThrowNamingTheParameter()
    {
        Assert.Equal(ResponderEndpoint.Asas40, Guard.Defined(ResponderEndpoint.Asas40, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Defined((ResponderEndpoint)99, "p")).ParamName);
        Assert.Null(Guard.NullOrDefined<AeSeverity>(null, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.NullOrDefined((AeSeverity?)0, "p")).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Guard.NotBlank(null, "p")).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => Guard.NotBlank("\t ", "p")).ParamName);
        Assert.Null(Guard.NullOrNotBlank(null, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => Guard.DisplayText("a\tb", "p")).ParamName);
        Assert.Equal(3, Guard.InRange(3, 3, 5, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(6, 3, 5, "p")).ParamName);
        Assert.Null(Guard.NullOrAtLeast(null, 2, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.NullOrAtLeast(1, 2, "p")).ParamName);
        Assert.Equal(1.0, Guard.InRange(1.0, 0, 1, "p"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(double.NaN, 0, 1, "p"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(double.PositiveInfinity, 0, double.PositiveInfinity, "p"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(0.0, "p"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(float.NaN, "p"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Level(double.NaN, "p"));
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => Guard.NoNulls(new[] { "a", null! }, "p")).ParamName);
    }

    [Fact]
    public void TheMessagesTestsAndTheCliShowAreUnchanged()
    {
        // ConfidenceInterval.ValidateLevel (every statistics entry point) and SampleSize keep their texts.
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.ValidateLevel(1, "level"));
        Assert.StartsWith("The confidence level must lie strictly between 0 and 1. (Parameter 'level')", level.Message);
        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Power(1.5, 0.5, 10));
        Assert.StartsWith("A rate lies in [0, 1]. (Parameter 'treatmentRate')", rate.Message);
        var alpha = Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Power(0.5, 0.4, 10, alpha: 1));
        Assert.StartsWith("The value must lie strictly between 0 and 1. (Parameter 'alpha')", alpha.Message);
        var vas = Assert.Throws<ArgumentException>(() => LoadOptions.Default with { VasParameters = new HashSet<string> { "CRP" } });
        Assert.Equal("'CRP' is not a 0-10 rating-scale parameter code; only those can be recorded as a 0-100 VAS. (Parameter 'VasParameters')", vas.Message);
    }

    [Fact]
    public void DistinctDefinedCopiesTheListInOrder()
    {
        var source = new List<Imputation> { Imputation.Locf, Imputation.NonResponderImputation };
        var list = Guard.DistinctDefined(source, "p");
        source.Clear();
        Assert.Equal([Imputation.Locf, Imputation.NonResponderImputation], list);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.DistinctDefined(new[] { (Imputation)42 }, "p")).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => Guard.DistinctDefined(new[] { Imputation.Locf, Imputation.Locf }, "p")).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Guard.DistinctDefined<Imputation>(null, "p")).ParamName);
        Assert.Empty(Guard.DistinctDefined(Array.Empty<Imputation>(), "p"));
    }

    [Fact]
    public void ValueListComparesItemsInOrder()
    {
        var a = ValueList<decimal>.From([12m, 48m]);
        var b = ValueList<decimal>.From(new List<decimal> { 12m, 48m });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList<decimal>.From([48m, 12m]));
        Assert.NotEqual(a, ValueList<decimal>.From([12m]));
        Assert.Same(ValueList<string>.Empty, ValueList<string>.From([]));
        Assert.Equal("[12, 48.5]", ValueList<decimal>.From([12m, 48.5m]).ToString());
    }

    [Fact]
    public void ValueSetAndValueDictionaryCompareContentsInAnyOrder()
    {
        var s1 = new ValueSet<string>(["PTGLOBAL", "PAIN"], StringComparer.Ordinal);
        var s2 = new ValueSet<string>(["PAIN", "PTGLOBAL"], StringComparer.Ordinal);
        Assert.Equal(s1, s2);
        Assert.Equal(s1.GetHashCode(), s2.GetHashCode());
        Assert.NotEqual(s1, new ValueSet<string>(["PAIN"], StringComparer.Ordinal));
        Assert.Equal(["PTGLOBAL", "PAIN"], s1); // first-given order

        var d1 = new ValueDictionary<string, string>(new Dictionary<string, string> { ["Subject_Id"] = "USUBJID", ["ARM"] = "TRT01P" }, StringComparer.OrdinalIgnoreCase);
        var d2 = new ValueDictionary<string, string>(new Dictionary<string, string> { ["arm"] = "TRT01P", ["SUBJECT_ID"] = "USUBJID" }, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(d1, d2); // keys compared as the dictionary compares them (case-insensitively here)
        Assert.Equal(d1.GetHashCode(), d2.GetHashCode());
        Assert.NotEqual(d1, new ValueDictionary<string, string>(new Dictionary<string, string> { ["Subject_Id"] = "USUBJID", ["ARM"] = "TRT01A" }, StringComparer.OrdinalIgnoreCase));
        Assert.Equal("TRT01P", d1["arm"]);
    }

    [Fact]
    public void OptionsWithEqualSettingsAreEqual()
    {
        var map1 = LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { ["subject_id"] = "usubjid", ["ARM"] = "TRT01P" }, VasParameters = new HashSet<string> { "ptglobal" } };
        var map2 = LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { ["arm"] = "trt01p", ["SUBJECT_ID"] = "USUBJID" }, VasParameters = new HashSet<string> { "PTGLOBAL" } };
        Assert.Equal(map1, map2);
        Assert.Equal(map1.GetHashCode(), map2.GetHashCode());
        Assert.NotEqual(map1, map2 with { ColumnMap = new Dictionary<string, string> { ["SUBJECT_ID"] = "USUBJID" } });

        var weeks = new EfficacyOptions("Etanercept") { AnalysisWeeks = [48m, 12m, 12m] };
        Assert.Equal(new EfficacyOptions("Etanercept"), weeks); // stored sorted and distinct
        Assert.Equal(new EfficacyOptions("Etanercept").GetHashCode(), weeks.GetHashCode());

        var report = new ReportOptions("Etanercept") { Formatter = new ValueFormatter(FormatOptions.Default with { PValueDecimals = 4 }) };
        Assert.Equal(report, new ReportOptions("Etanercept") { Formatter = new ValueFormatter(FormatOptions.Default with { PValueDecimals = 4 }) });
        Assert.NotEqual(report, new ReportOptions("Etanercept"));
        Assert.Equal(new ReportOptions("Etanercept"), new ReportOptions(new EfficacyOptions("Etanercept"), SafetyOptions.Default with { ControlArm = "Etanercept" }));

        var colors = FigureOptions.Default with { Colors = ArmColors.Create(["MSC", "Etanercept"], "Etanercept") };
        Assert.Equal(colors, FigureOptions.Default with { Colors = ArmColors.Create(["MSC", "Etanercept"], "Etanercept") });
        Assert.Equal(colors.GetHashCode(), (FigureOptions.Default with { Colors = ArmColors.Create(["MSC", "Etanercept"], "Etanercept") }).GetHashCode());
        Assert.NotEqual(colors, FigureOptions.Default with { Colors = ArmColors.Create(["MSC", "Etanercept"], "Etanercept").With("MSC", ScottPlot.Colors.Black) });
        Assert.NotEqual(colors, FigureOptions.Default with { Colors = ArmColors.Create(["MSC", "Etanercept"]) });
    }
}
