namespace AsAnalysis.Safety;

/// <summary>Read-only wrappers for the published lists (so that results cannot be changed through a cast).</summary>
internal static class ReadOnlyExtensions
{
    /// <summary>Copies a sequence into a read-only list.</summary>
    public static System.Collections.ObjectModel.ReadOnlyCollection<T> ToReadOnly<T>(this IEnumerable<T> source) => Array.AsReadOnly(source.ToArray());
}
