using System.Reflection;
using System.Text.RegularExpressions;
using AsAnalysis.Ard;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;

namespace AsAnalysis.Tests.Vocabulary;

/// <summary>
/// The names that the names types replaced stay for one release as [Obsolete] forwarders (CanonicalName,
/// EndpointName, PlotLabels.Display, MethodText.Describe, the builders' Label, ...). Each must give exactly what its
/// replacement, named in its Obsolete message ("Use Code (DifferenceCiMethodNames)."), gives.
/// </summary>
public class ObsoleteNamesTests
{
    private static readonly Regex Message = new(@"^Use (\w+)(?: \((\w+)\))?\.$");

    private static IEnumerable<MethodInfo> EnumForwarders() =>
        typeof(TrialData).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ObsoleteAttribute>() is not null && m.GetParameters() is [{ ParameterType.IsEnum: true }]);

    [Fact]
    public void Every_obsolete_enum_name_forwards_to_its_replacement()
    {
        var forwarders = EnumForwarders().ToList();
        Assert.True(forwarders.Count >= 30, $"found {forwarders.Count} forwarders");
        foreach (var old in forwarders)
        {
            var e = old.GetParameters()[0].ParameterType;
            var match = Message.Match(old.GetCustomAttribute<ObsoleteAttribute>()!.Message ?? "");
            Assert.True(match.Success, $"{old.DeclaringType!.Name}.{old.Name}: the Obsolete message must name the replacement.");
            var namesType = match.Groups[2].Success
                ? typeof(TrialData).Assembly.GetType(e.Namespace + "." + match.Groups[2].Value)
                : typeof(TrialData).Assembly.GetType(e.Namespace + "." + e.Name + "Names");
            var replacement = namesType?.GetMethod(match.Groups[1].Value, BindingFlags.Public | BindingFlags.Static, [e]);
            Assert.True(replacement is not null, $"{old.DeclaringType!.Name}.{old.Name}({e.Name}): no replacement {match.Value}");
            Assert.Null(replacement!.GetCustomAttribute<ObsoleteAttribute>());
            foreach (var value in Enum.GetValues(e))
                Assert.Equal(replacement.Invoke(null, [value]), old.Invoke(null, [value]));
        }
    }

#pragma warning disable CS0618 // the forwarders under test are obsolete
    [Fact]
    public void Obsolete_visit_label_arm_label_and_method_code_forward()
    {
        Assert.Equal(VisitLabels.Week(12.50m), EndpointNames.VisitLabel(12.50m));
        Assert.Equal("Week 12.5", EndpointNames.VisitLabel(12.50m));
        Assert.Equal(ArdAnalysis.DifferenceArmLabel("High", 3), global::AsAnalysis.Safety.SafetyNames.DifferenceArmLabel("High", 3));
        var m = new ReportMethod("Wilson score interval", "wilson", "An interval.");
        Assert.Equal("wilson", m.CanonicalName);
        Assert.Equal(m.Code, m.CanonicalName);
    }
#pragma warning restore CS0618
}
