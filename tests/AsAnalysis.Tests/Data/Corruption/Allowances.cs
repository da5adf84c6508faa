namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>
/// Differences from the clean load that a variant may legitimately cause, by <c>table.COLUMN</c> (e.g. <c>adae.AEDECOD</c>):
/// <see cref="Missing"/> columns may load as null (the column was removed or renamed), <see cref="Text"/> columns may
/// load a different text (the variant changed it), <see cref="Subset"/> tables may lose trailing records (truncation at a
/// record boundary is indistinguishable from a shorter file) and <see cref="Empty"/> tables may load no records.
/// Numbers and dates are never allowed to change.
/// </summary>
internal sealed record Allowances
{
    public static readonly Allowances None = new();
    public IReadOnlySet<string> Missing { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Text { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Subset { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Empty { get; init; } = new HashSet<string>();

    public static Allowances MissingColumn(string table, string column) => new() { Missing = new HashSet<string> { table + "." + column } };
    public static Allowances ChangedText(string table, string column) => new() { Text = new HashSet<string> { table + "." + column } };
    public static Allowances SubsetOf(string table) => new() { Subset = new HashSet<string> { table } };
    public static Allowances EmptyTable(string table) => new() { Empty = new HashSet<string> { table } };
}
