using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AsAnalysis.Data;

namespace AsAnalysis.Tests.Vocabulary;

/// <summary>
/// The vocabulary rule: every public enum E of the library has a static class ENames in E's namespace with the
/// extension methods Code, ShortLabel and Label, defined and non-blank for every member; codes are unique within the
/// enum and snake_case (lower case, or upper case for CDISC-style codes such as ASAS20 and ANY_TEAE). A member added
/// without its names fails here, because the names' switch throws for it.
/// </summary>
public class EnumNamesTests
{
    private static readonly string[] Forms = ["Code", "ShortLabel", "Label"];
    private static readonly Regex LowerSnake = new("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    private static readonly Regex UpperSnake = new("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

    public static TheoryData<Type> PublicEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var t in LibraryEnums()) data.Add(t);
        return data;
    }

    private static IEnumerable<Type> LibraryEnums() =>
        typeof(TrialData).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type NamesType(Type e)
    {
        var names = typeof(TrialData).Assembly.GetType(e.Namespace + "." + e.Name + "Names");
        Assert.True(names is not null, $"{e.FullName} has no names type {e.Name}Names in {e.Namespace}.");
        Assert.True(names!.IsPublic && names.IsAbstract && names.IsSealed, $"{names.FullName} must be a public static class.");
        return names;
    }

    private static MethodInfo Form(Type e, string form)
    {
        var names = NamesType(e);
        var m = names.GetMethod(form, BindingFlags.Public | BindingFlags.Static, [e]);
        Assert.True(m is not null, $"{names.Name} has no public static {form}({e.Name}).");
        Assert.Equal(typeof(string), m!.ReturnType);
        Assert.True(m.IsDefined(typeof(ExtensionAttribute)), $"{names.Name}.{form} must be an extension method.");
        return m;
    }

    private static string Invoke(MethodInfo m, object value)
    {
        try { return (string)m.Invoke(null, [value])!; }
        catch (TargetInvocationException ex) when (ex.InnerException is not null) { throw ex.InnerException; }
    }

    [Fact]
    public void The_library_has_public_enums()
    {
        // Guards the theories below against an empty enumeration.
        Assert.True(LibraryEnums().Count() >= 39, "expected the library's public enums");
        Assert.Contains(typeof(global::AsAnalysis.Endpoints.ResponderEndpoint), LibraryEnums());
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Every_member_has_a_code_a_short_label_and_a_label(Type e)
    {
        foreach (var form in Forms)
        {
            var m = Form(e, form);
            foreach (var value in Enum.GetValues(e))
            {
                var text = Invoke(m, value);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{e.Name}.{value}: {form} is blank.");
                Assert.Equal(text.Trim(), text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Codes_are_unique_snake_case_of_one_case(Type e)
    {
        var m = Form(e, "Code");
        var codes = Enum.GetValues(e).Cast<object>().Select(v => Invoke(m, v)).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        bool lower = codes.All(LowerSnake.IsMatch), upper = codes.All(UpperSnake.IsMatch);
        Assert.True(lower || upper, $"{e.Name} codes must all be lower or all upper snake_case: {string.Join(", ", codes)}");
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Labels_are_unique_within_the_enum(Type e)
    {
        foreach (var form in new[] { "ShortLabel", "Label" })
        {
            var m = Form(e, form);
            var labels = Enum.GetValues(e).Cast<object>().Select(v => Invoke(m, v)).ToList();
            Assert.True(labels.Count == labels.Distinct(StringComparer.Ordinal).Count(), $"{e.Name}.{form} repeats a label: {string.Join(" | ", labels)}");
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void An_undefined_value_is_an_argument_error(Type e)
    {
        var defined = Enum.GetValues(e).Cast<object>().Select(Convert.ToInt64).ToHashSet();
        long raw = defined.Max() + 1;
        if (e.IsDefined(typeof(FlagsAttribute), false))
        {
            // a combination of members is a legal flags value: take the first bit outside every member
            var all = defined.Aggregate(0L, (a, v) => a | v);
            raw = 1;
            while ((raw & ~all) == 0) raw <<= 1;
        }
        while (Enum.IsDefined(e, Enum.ToObject(e, raw))) raw++;
        var undefined = Enum.ToObject(e, raw);
        foreach (var form in Forms)
            Assert.Throws<ArgumentOutOfRangeException>(() => Invoke(Form(e, form), undefined));
    }
}
