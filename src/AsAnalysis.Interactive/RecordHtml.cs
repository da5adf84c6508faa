using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Statistics;

namespace AsAnalysis.Interactive;

/// <summary>
/// Generic HTML for the records of the AsAnalysis assembly (result records, data records, ard rows):
/// one record displays as a property/value table, a sequence of records as one table with a row per record.
/// Inside a cell, statistics records take a one-line form (estimate [interval] (method), p = ..., a/n vs c/n),
/// other records a small inner table, and sequences of records their count.
/// Numbers use the invariant culture; doubles show 6 significant digits (the values themselves keep full precision).
/// </summary>
public static class RecordHtml
{
    /// <summary>Rows shown for a sequence before it is cut (the rest is counted in a note).</summary>
    public const int MaxRows = 50;

    private const int MaxDepth = 3;

    /// <summary>Public sealed record types of the AsAnalysis assembly, in name order.</summary>
    public static IReadOnlyList<Type> LibraryRecordTypes() =>
        typeof(TrialData).Assembly.GetExportedTypes()
            .Where(IsRecord)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Whether <paramref name="type"/> is a non-generic sealed record (it has the compiler's <c>EqualityContract</c>).</summary>
    /// <param name="type">The type.</param>
    public static bool IsRecord(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is { IsClass: true, IsSealed: true, IsAbstract: false, IsGenericTypeDefinition: false }
            && type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
    }

    /// <summary>A record as a property/value table captioned with its type name.</summary>
    /// <param name="record">The record.</param>
    public static string RenderRecord(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var type = record.GetType();
        var html = new StringBuilder();
        NotebookHtml.Open(html, "record");
        NotebookHtml.Table(html, type.Name, ["Property", "Value"],
            Properties(type).Select(p => (IReadOnlyList<string>)[NotebookHtml.Encode(p.Name), Value(p.GetValue(record), 1)]),
            i => false);
        NotebookHtml.Close(html);
        return html.ToString();
    }

    /// <summary>A sequence of records of <paramref name="elementType"/> as one table (at most <see cref="MaxRows"/> rows).</summary>
    /// <param name="records">The records.</param>
    /// <param name="elementType">The record type (its properties are the columns).</param>
    public static string RenderList(IEnumerable records, Type elementType)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(elementType);
        var properties = Properties(elementType);
        var rows = new List<IReadOnlyList<string>>();
        var total = 0;
        foreach (var item in records)
        {
            total++;
            if (rows.Count < MaxRows)
                rows.Add(properties.Select(p => item is null ? string.Empty : Value(p.GetValue(item), 1)).ToArray());
        }
        var html = new StringBuilder();
        NotebookHtml.Open(html, "records");
        NotebookHtml.Table(html, $"{elementType.Name} ({total.ToString(CultureInfo.InvariantCulture)})",
            properties.Select(p => p.Name).ToArray(), rows, i => IsNumeric(properties[i].PropertyType));
        if (total > rows.Count)
            html.Append("<p class=\"note\">First ").Append(NotebookHtml.Int(rows.Count)).Append(" of ").Append(NotebookHtml.Int(total)).Append(" rows.</p>");
        NotebookHtml.Close(html);
        return html.ToString();
    }

    /// <summary>A value as an HTML table cell content (invariant culture; doubles to 6 significant digits).</summary>
    /// <param name="value">The value; <c>null</c> gives an empty cell.</param>
    public static string FormatValue(object? value) => Value(value, 1);

    private static string Value(object? value, int depth)
    {
        switch (value)
        {
            case null: return string.Empty;
            case string s: return NotebookHtml.Encode(s);
            case double d: return NotebookHtml.Encode(Double(d));
            case float f: return NotebookHtml.Encode(Double(f));
            case bool b: return b ? "true" : "false";
            case DateOnly date: return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case DateTime time: return time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            case Enum e: return NotebookHtml.Encode(EnumName(e));
            case IFormattable formattable: return NotebookHtml.Encode(formattable.ToString(null, CultureInfo.InvariantCulture));
        }
        var type = value.GetType();
        if (Compact(value) is { } compact) return NotebookHtml.Encode(compact);
        if (value is IEnumerable && value is not string && ElementType(type) is { } elementType && IsRecord(elementType))
        {
            // Sequences of records inside a cell would make huge cells: show the count (display the sequence itself for a table).
            return NotebookHtml.Encode($"{NotebookHtml.Int(((IEnumerable)value).Cast<object?>().Count())} \u00d7 {elementType.Name}");
        }
        if (depth < MaxDepth && IsRecord(type))
        {
            // Nested record: a compact borderless name/value table.
            var html = new StringBuilder("<table>");
            foreach (var p in Properties(type))
                html.Append("<tr><th>").Append(NotebookHtml.Encode(p.Name)).Append("</th><td>").Append(Value(p.GetValue(value), depth + 1)).Append("</td></tr>");
            return html.Append("</table>").ToString();
        }
        if (depth < MaxDepth && value is IEnumerable sequence)
        {
            var items = sequence.Cast<object?>().ToList();
            var shown = items.Take(10).Select(i => Value(i, depth + 1));
            return string.Join("; ", shown) + (items.Count > 10 ? $"; ... ({NotebookHtml.Int(items.Count)} items)" : string.Empty);
        }
        return NotebookHtml.Encode(value.ToString());
    }

    /// <summary>
    /// One-line forms of the statistics records inside a cell: an interval as <c>[lower, upper]</c>, a test as
    /// <c>p = ... (method)</c>, a 2x2 table as <c>a/n1 vs c/n0</c>, a descriptive summary as n, mean (SD), median
    /// (quartiles) and range, and any record with a double estimate
    /// (<c>Estimate</c>, <c>Rate</c> or <c>Per100PatientYears</c>) and a <c>Ci</c> as <c>estimate [lower, upper] (method)</c>.
    /// </summary>
    private static string? Compact(object value)
    {
        switch (value)
        {
            case ConfidenceInterval ci: return Interval(ci);
            case TestResult test: return $"p = {Double(test.PValue)} ({test.MethodName})";
            case TwoByTwoTable t:
                return $"{NotebookHtml.Int(t.TreatmentEvents)}/{NotebookHtml.Int(t.TreatmentTotal)} vs {NotebookHtml.Int(t.ControlEvents)}/{NotebookHtml.Int(t.ControlTotal)}";
            case DescriptiveSummary d:
                return $"n {NotebookHtml.Int(d.N)}; mean {Double(d.Mean)} (SD {Double(d.StandardDeviation)}); median {Double(d.Median)} " +
                       $"(Q1 {Double(d.FirstQuartile)}, Q3 {Double(d.ThirdQuartile)}); range {Double(d.Min)} to {Double(d.Max)}";
        }
        var type = value.GetType();
        if (type.GetProperty("Ci")?.GetValue(value) is not ConfidenceInterval interval) return null;
        var estimate = EstimateNames.Select(n => type.GetProperty(n)).FirstOrDefault(p => p?.PropertyType == typeof(double));
        if (estimate is null) return null;
        var method = type.GetProperty("MethodName")?.GetValue(value) as string;
        return $"{Double((double)estimate.GetValue(value)!)} {Interval(interval)}" + (string.IsNullOrEmpty(method) ? string.Empty : $" ({method})");
    }

    private static readonly string[] EstimateNames = ["Estimate", "Rate", "Per100PatientYears"];

    private static string Interval(ConfidenceInterval ci) => $"[{Double(ci.Lower)}, {Double(ci.Upper)}]";

    private static Type? ElementType(Type sequenceType) =>
        sequenceType.IsArray
            ? sequenceType.GetElementType()
            : sequenceType.GetInterfaces().Append(sequenceType)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Double(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ => d.ToString("G6", CultureInfo.InvariantCulture),
    };

    private static bool IsNumeric(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(int) || t == typeof(long);
    }

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .ToArray();

    /// <summary>
    /// The code (<c>Code()</c> of the enum's names type) of the method, endpoint, handling and reason enums that
    /// notebooks have always shown by their ard.csv name; every other enum by its member name. Showing every enum by
    /// its code would change what existing notebooks display, so that is left to a release that says so.
    /// </summary>
    private static string EnumName(Enum value) => value switch
    {
        ProportionCiMethod m => m.Code(),
        DifferenceCiMethod m => m.Code(),
        RiskRatioCiMethod m => m.Code(),
        OddsRatioMethod m => m.Code(),
        TestMethod m => m.Code(),
        PValueAdjustment m => m.Code(),
        PowerMethod m => m.Code(),
        StratifiedDifferenceMethod m => m.Code(),
        ResponderEndpoint e => e.Code(),
        ContinuousEndpoint e => e.Code(),
        NotEvaluableReason r => r.Code(),
        Imputation i => i.Code(),
        AsdasCategory c => c.Code(),
        _ => value.ToString(),
    };
}
