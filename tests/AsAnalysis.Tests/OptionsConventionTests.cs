using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using XDocument = System.Xml.Linq.XDocument;
using XElement = System.Xml.Linq.XElement;
using AsAnalysis.Cli.Generation;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Plots;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Html;

namespace AsAnalysis.Tests;

/// <summary>
/// The convention of the options types, checked by reflection over every public type named <c>*Options</c> in the
/// library and the CLI, plus the options-like types listed in <see cref="OtherOptionsTypes"/>. A new options type or
/// property that does not follow it makes one of these tests fail:
/// <list type="bullet">
/// <item>a sealed record whose public properties are all init-only, each checked in its init accessor (through the
/// library's internal <c>Guard</c>), so that an invalid instance cannot exist;</item>
/// <item><c>public static T Default { get; } = new();</c>, unless a member has no sensible default (the control arm:
/// the library serves any trial): then there is no <c>Default</c> and no parameterless constructor, every constructor
/// takes the member, and the type is listed in <see cref="RequiredMembers"/>;</item>
/// <item>an undefined enum value gives <see cref="ArgumentOutOfRangeException"/>, a null
/// <see cref="ArgumentNullException"/> and blank text <see cref="ArgumentException"/>, each naming the property;</item>
/// <item>lists are exposed as IReadOnlyList/IReadOnlySet/IReadOnlyDictionary, copied on assignment and compared by
/// content (equal contents: equal options, equal hash codes); every other property type has value equality;</item>
/// <item>each property's XML doc states the default and documents, with an &lt;exception&gt;, the values it rejects.</item>
/// </list>
/// </summary>
public class OptionsConventionTests
{
    /// <summary>
    /// Types with a member that has no sensible default (the library serves any trial, so no control arm can be
    /// assumed): they offer no <c>Default</c>, take the member in every constructor, and reject it null or blank.
    /// The value is a valid instance for the other checks.
    /// </summary>
    private static readonly Dictionary<Type, (string[] Members, object Sample)> RequiredMembers = new()
    {
        [typeof(EfficacyOptions)] = ([nameof(EfficacyOptions.ControlArm)], new EfficacyOptions("Control")),
        [typeof(ReportOptions)] = ([nameof(ReportOptions.Efficacy)], new ReportOptions("Control")),
        [typeof(AsAnalysis.Endpoints.MmrmEfficacyOptions)] = ([nameof(AsAnalysis.Endpoints.MmrmEfficacyOptions.ControlArm)], new AsAnalysis.Endpoints.MmrmEfficacyOptions("Control")),
    };

    /// <summary>Options-like types not named <c>*Options</c> that follow the same convention.</summary>
    private static readonly Type[] OtherOptionsTypes = [typeof(FigureStyle)];

    /// <summary>Non-empty contents for the list properties whose default is empty (equality of two empty lists proves little).</summary>
    private static readonly Dictionary<(Type, string), IEnumerable> ListSamples = new()
    {
        [(typeof(LoadOptions), nameof(LoadOptions.ColumnMap))] = new Dictionary<string, string> { ["SUBJECT_ID"] = "USUBJID", ["ARM"] = "TRT01P" },
        [(typeof(LoadOptions), nameof(LoadOptions.VasParameters))] = new HashSet<string> { "PTGLOBAL", "BASDAI01" },
        [(typeof(ReportOptions), nameof(ReportOptions.ExtraSettings))] = new[] { new ProvenanceSetting("Load: a", "1"), new ProvenanceSetting("Load: b", "2") },
        [(typeof(AsAnalysis.Endpoints.MmrmEfficacyOptions), nameof(AsAnalysis.Endpoints.MmrmEfficacyOptions.ReportWeeks))] = new[] { 12m, 48m },
        [(typeof(AsAnalysis.Statistics.Logistic.LogisticRegressionOptions), nameof(AsAnalysis.Statistics.Logistic.LogisticRegressionOptions.Weights))] = new[] { 1.0, 0.5, 2.0 },
    };

    private static readonly Assembly[] Assemblies = [typeof(LoadOptions).Assembly, typeof(SyntheticTrialOptions).Assembly];

    private static IEnumerable<Type> AllTypes() =>
        Assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)).Concat(OtherOptionsTypes).Distinct();

    /// <summary>Every options type, by full name.</summary>
    public static TheoryData<string> Types => new(AllTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal));

    [Fact]
    public void TheKnownOptionsTypesAreFound()
    {
        var names = AllTypes().Select(t => t.Name).ToHashSet();
        string[] known = ["LoadOptions", "EndpointOptions", "EfficacyOptions", "SafetyOptions", "FigureOptions", "FigureStyle",
            "FormatOptions", "RtfOptions", "ReportOptions", "SyntheticTrialOptions"];
        Assert.Empty(known.Except(names));
        Assert.All(RequiredMembers.Keys, t => Assert.Contains(t, AllTypes()));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void IsASealedRecordWithInitOnlyProperties(string typeName)
    {
        var type = Find(typeName);
        Assert.True(type.IsSealed, $"{type.Name} is not sealed.");
        Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a record.");
        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
        foreach (var p in Properties(type))
        {
            Assert.True(p.GetMethod?.IsPublic == true, $"{type.Name}.{p.Name} has no public getter.");
            Assert.True(IsInitOnly(p), $"{type.Name}.{p.Name} is not an init-only property (options are immutable and set with 'with').");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void HasADefaultOrNamesItsRequiredMembers(string typeName)
    {
        var type = Find(typeName);
        var @default = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
        var parameterless = type.GetConstructor(Type.EmptyTypes);
        if (RequiredMembers.TryGetValue(type, out var required))
        {
            Assert.True(@default is null, $"{type.Name} has a required member, so it offers no Default.");
            Assert.True(parameterless is null, $"{type.Name} has a required member, so it has no parameterless constructor.");
            var constructors = type.GetConstructors().Where(c => !IsCopyConstructor(c, type)).ToArray();
            Assert.NotEmpty(constructors);
            Assert.All(constructors, c => Assert.NotEmpty(c.GetParameters()));
            Assert.IsType(type, required.Sample);
            foreach (var name in required.Members)
            {
                var p = type.GetProperty(name);
                Assert.True(p is not null, $"{type.Name}.{name} does not exist.");
                Assert.Equal(name, Assert.Throws<ArgumentNullException>(() => With(required.Sample, p!, null)).ParamName);
                if (p!.PropertyType == typeof(string))
                    Assert.Equal(name, Assert.ThrowsAny<ArgumentException>(() => With(required.Sample, p, " ")).ParamName);
            }
        }
        else
        {
            Assert.True(@default is not null && @default.PropertyType == type && @default.GetMethod!.IsPublic,
                $"{type.Name} needs 'public static {type.Name} Default {{ get; }}' (or, with a required member, an entry in RequiredMembers).");
            Assert.True(parameterless is not null, $"{type.Name} needs a public parameterless constructor (its Default).");
            var value = @default.GetValue(null);
            Assert.NotNull(value);
            Assert.Same(value, @default.GetValue(null));
            Assert.Equal(parameterless.Invoke(null), value);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EnumPropertiesAcceptEveryDefinedValueAndRejectAnUndefinedOne(string typeName)
    {
        var type = Find(typeName);
        var sample = Sample(type);
        foreach (var p in Properties(type))
        {
            var enumType = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (!enumType.IsEnum) continue;
            // [AllowedValues] on the property narrows the enum to the members the option takes; the others are rejected
            var allowed = p.GetCustomAttribute<System.ComponentModel.DataAnnotations.AllowedValuesAttribute>()?.Values;
            foreach (var defined in Enum.GetValues(enumType))
            {
                if (allowed is null || allowed.Contains(defined))
                    Assert.Equal(defined, p.GetValue(With(sample, p, defined)));
                else
                    Assert.Equal(p.Name, Assert.Throws<ArgumentOutOfRangeException>(() => With(sample, p, defined)).ParamName);
            }
            var undefined = Undefined(enumType);
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => With(sample, p, undefined));
            Assert.Equal(p.Name, e.ParamName);
            Assert.Contains(p.Name, e.Message, StringComparison.Ordinal);
            Assert.Equal(undefined, e.ActualValue);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void NonNullablePropertiesRejectNullAndBlankText(string typeName)
    {
        var type = Find(typeName);
        var sample = Sample(type);
        var nullability = new NullabilityInfoContext();
        foreach (var p in Properties(type).Where(p => !p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull))
        {
            Assert.Equal(p.Name, Assert.Throws<ArgumentNullException>(() => With(sample, p, null)).ParamName);
            if (p.PropertyType == typeof(string))
                Assert.Equal(p.Name, Assert.Throws<ArgumentException>(() => With(sample, p, " \t")).ParamName);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void ListPropertiesAreCopiedAndComparedByContent(string typeName)
    {
        var type = Find(typeName);
        var sample = Sample(type);
        var nullability = new NullabilityInfoContext();
        foreach (var p in Properties(type).Where(p => IsList(p.PropertyType)))
        {
            // a list declared nullable means "none" (documented on the property): null is kept; otherwise null is rejected
            if (nullability.Create(p).WriteState == NullabilityState.Nullable)
                Assert.Null(p.GetValue(With(sample, p, null)));
            else
                Assert.Equal(p.Name, Assert.Throws<ArgumentNullException>(() => With(sample, p, null)).ParamName);

            var contents = (IEnumerable?)p.GetValue(sample);
            if (contents is null || !contents.Cast<object>().Any())
                Assert.True(ListSamples.TryGetValue((type, p.Name), out contents!), $"{type.Name}.{p.Name} is empty by default: add non-empty contents to ListSamples.");
            var sourceA = Fresh(p.PropertyType, contents, dropLast: false);
            var a = With(sample, p, sourceA);
            var b = With(sample, p, Fresh(p.PropertyType, contents, dropLast: false));
            var stored = p.GetValue(a)!;
            Assert.NotSame(stored, p.GetValue(b));
            Assert.NotSame(sourceA, stored);
            Assert.False(stored.GetType().IsArray || stored.GetType().Namespace == "System.Collections.Generic",
                $"{type.Name}.{p.Name} stores a mutable {stored.GetType().Name}.");
            Assert.True(a.Equals(b), $"{type.Name} with equal {p.Name} contents in two instances is not Equal.");
            Assert.Equal(a.GetHashCode(), b.GetHashCode());

            var count = Count(stored);
            sourceA.GetType().GetMethod("Clear")!.Invoke(sourceA, null);
            Assert.Equal(count, Count(p.GetValue(a)!));

            if (count >= 1 && TryWith(sample, p, Fresh(p.PropertyType, contents, dropLast: true), out var shorter))
                Assert.False(a.Equals(shorter), $"{type.Name} with fewer {p.Name} items is still Equal.");

            var element = ElementType(p.PropertyType);
            if (element.IsEnum && !IsDictionary(p.PropertyType))
            {
                var undefined = Array.CreateInstance(element, 1);
                undefined.SetValue(Undefined(element), 0);
                Assert.Equal(p.Name, Assert.Throws<ArgumentOutOfRangeException>(() => With(sample, p, undefined)).ParamName);
                var twice = Array.CreateInstance(element, 2);
                twice.SetValue(Enum.GetValues(element).GetValue(0), 0);
                twice.SetValue(Enum.GetValues(element).GetValue(0), 1);
                Assert.Equal(p.Name, Assert.Throws<ArgumentException>(() => With(sample, p, twice)).ParamName);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryPropertyHasValueEquality(string typeName)
    {
        var type = Find(typeName);
        foreach (var p in Properties(type))
        {
            var t = p.PropertyType;
            if (IsList(t))
            {
                var definition = t.IsGenericType ? t.GetGenericTypeDefinition() : t;
                Assert.True(definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(IReadOnlyDictionary<,>),
                    $"{type.Name}.{p.Name}: a list is exposed as IReadOnlyList<T>, IReadOnlySet<T> or IReadOnlyDictionary<K, V> (stored as a value-equal copy), not {t.Name}.");
                continue;
            }
            // value equality: IEquatable<T>, or Equals(object) overridden by the type or a base below object (e.g. Encoding)
            var ok = t.IsValueType || t == typeof(string) || typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t)
                || t.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType is { } declaring && declaring != typeof(object);
            Assert.True(ok, $"{type.Name}.{p.Name}: {t.Name} compares by reference; two options with equal settings would differ.");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void DocsStateEachDefaultAndEachRejection(string typeName)
    {
        var type = Find(typeName);
        var docs = Docs(type.Assembly);
        if (docs is null)
        {
            Assert.NotEqual(typeof(LoadOptions).Assembly, type.Assembly); // the library always ships its XML docs
            return;
        }
        Assert.True(docs.ContainsKey("T:" + type.FullName), $"{type.Name} has no XML doc.");
        var nullability = new NullabilityInfoContext();
        foreach (var p in Properties(type))
        {
            Assert.True(docs.TryGetValue("P:" + type.FullName + "." + p.Name, out var doc), $"{type.Name}.{p.Name} has no XML doc.");
            var summary = doc!.Element("summary")?.ToString() ?? "";
            Assert.True(summary.Contains("default", StringComparison.OrdinalIgnoreCase), $"{type.Name}.{p.Name}: the summary does not state the default.");
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var restricted = t.IsEnum || t == typeof(int) || t == typeof(double) || t == typeof(float) || t == typeof(decimal)
                || (!p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull);
            // a number that takes every value of its type says so ("any value is accepted", e.g. a random seed)
            if (restricted && !summary.Contains("any value is accepted", StringComparison.OrdinalIgnoreCase))
                Assert.True(doc.Elements("exception").Any(), $"{type.Name}.{p.Name}: no <exception> says which values are rejected.");
        }
    }

    // ---- helpers ----

    private static Type Find(string fullName) => AllTypes().Single(t => t.FullName == fullName);

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    private static object Sample(Type type)
    {
        if (RequiredMembers.TryGetValue(type, out var r)) return r.Sample;
        var value = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        Assert.True(value is not null, $"{type.Name} has no Default (nor an entry in RequiredMembers) to test with.");
        return value;
    }

    private static bool IsInitOnly(PropertyInfo p) =>
        p.SetMethod is { IsPublic: true } set && set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsCopyConstructor(ConstructorInfo c, Type type) => c.GetParameters() is [var only] && only.ParameterType == type;

    /// <summary>A copy made the way a <c>with</c> expression makes it (the record's clone, then the init accessor).</summary>
    private static object With(object options, PropertyInfo property, object? value)
    {
        var copy = options.GetType().GetMethod("<Clone>$")!.Invoke(options, null)!;
        try
        {
            property.SetValue(copy, value);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
        return copy;
    }

    private static bool TryWith(object options, PropertyInfo property, object? value, out object result)
    {
        try
        {
            result = With(options, property, value);
            return true;
        }
        catch (ArgumentException)
        {
            result = options;
            return false;
        }
    }

    /// <summary>A value of the enum that is not a member (nor, for a flags enum, a combination of members).</summary>
    private static object Undefined(Type enumType)
    {
        long max = Enum.GetValues(enumType).Cast<object>().Select(v => Convert.ToInt64(v)).DefaultIfEmpty(0).Max();
        long bit = 1;
        while (bit <= max) bit <<= 1;
        var value = Enum.ToObject(enumType, bit);
        Assert.False(Enum.IsDefined(enumType, value));
        return value;
    }

    private static bool IsList(Type t) => t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);

    private static bool IsDictionary(Type t) => Generic(t, typeof(IReadOnlyDictionary<,>)) is not null;

    private static Type? Generic(Type t, Type definition) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == definition ? t
        : t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    private static Type ElementType(Type t) => Generic(t, typeof(IEnumerable<>))!.GetGenericArguments()[0];

    private static int Count(object list) => ((IEnumerable)list).Cast<object>().Count();

    /// <summary>A new mutable collection of the property's kind (list, set or dictionary) with the given contents.</summary>
    private static object Fresh(Type propertyType, IEnumerable contents, bool dropLast)
    {
        var items = contents.Cast<object>().ToList();
        if (dropLast) items.RemoveAt(items.Count - 1);
        if (Generic(propertyType, typeof(IReadOnlyDictionary<,>)) is { } dictionary)
        {
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(dictionary.GetGenericArguments()))!;
            foreach (var kv in items) map.Add(kv.GetType().GetProperty("Key")!.GetValue(kv)!, kv.GetType().GetProperty("Value")!.GetValue(kv));
            return map;
        }
        var element = ElementType(propertyType);
        var kind = Generic(propertyType, typeof(IReadOnlySet<>)) is not null ? typeof(HashSet<>) : typeof(List<>);
        var collection = Activator.CreateInstance(kind.MakeGenericType(element))!;
        var add = collection.GetType().GetMethod("Add", [element])!;
        foreach (var item in items) add.Invoke(collection, [item]);
        return collection;
    }

    private static readonly Dictionary<Assembly, Dictionary<string, XElement>?> DocCache = [];

    /// <summary>The XML docs shipped beside an assembly, by member id; null when it ships none (the CLI).</summary>
    private static Dictionary<string, XElement>? Docs(Assembly assembly)
    {
        lock (DocCache)
        {
            if (DocCache.TryGetValue(assembly, out var docs)) return docs;
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            docs = File.Exists(path)
                ? XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m)
                : null;
            DocCache[assembly] = docs;
            return docs;
        }
    }
}
