using System.Globalization;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// Turns SAS7BDAT values into the raw text fields the export validator reads, with exactly the rules of the transport
/// reader (<see cref="XptText"/>, which this delegates to): numbers in invariant round-trip format, SAS dates as
/// <c>yyyy-MM-dd</c>, every missing value (<c>.</c>, <c>.A</c>-<c>.Z</c>, <c>._</c>, blank text) as null, text as stored
/// without trailing blanks. Infinities (which only non-SAS writers store) stay numbers, <c>Infinity</c> or
/// <c>-Infinity</c>, for the validator to reject.
/// </summary>
internal static class Sas7bdatText
{
    /// <summary>Whether a variable holds SAS dates, by the transport reader's rule (a date format, or a name ending in DT without a datetime or time format).</summary>
    public static bool IsDateVariable(Sas7bdatVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.Type != Sas7bdatVariableType.Numeric) return false;
        var shadow = new XptVariable(variable.Number, variable.Name, variable.Label, XptVariableType.Numeric, variable.Length, variable.Offset,
            variable.Format, XptFormat.None);
        return XptText.IsDateVariable(shadow);
    }

    /// <summary>The text field of one value.</summary>
    public static string? Field(Sas7bdatValue value, bool isDate)
    {
        if (value.Text is { } text) return XptText.Field(XptValue.FromText(text), false);
        if (value.Number is not { } number) return null;
        return double.IsFinite(number)
            ? XptText.Field(XptValue.FromNumber(number), isDate)
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The text fields of one row, in variable order.</summary>
    public static string?[] Fields(Sas7bdatRecord record, IReadOnlyList<bool> isDate)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = record.Values;
        var fields = new string?[values.Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = Field(values[i], isDate[i]);
        return fields;
    }
}
