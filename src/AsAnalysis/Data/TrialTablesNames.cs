namespace AsAnalysis.Data;

/// <summary>
/// Names of <see cref="TrialTables"/>. A set of several tables is named by its members' names in member order (codes
/// joined by <c>+</c>, labels by <c>, </c>); <see cref="TrialTables.None"/> has names of its own.
/// </summary>
public static class TrialTablesNames
{
    private static readonly TrialTables[] Members = [TrialTables.Subjects, TrialTables.Assessments, TrialTables.AdverseEvents, TrialTables.Exposures];
    private const TrialTables All = TrialTables.Subjects | TrialTables.Assessments | TrialTables.AdverseEvents | TrialTables.Exposures;

    /// <summary>Whether every flag of <paramref name="tables"/> is a member (any set of members, <see cref="TrialTables.None"/> included).</summary>
    internal static bool IsSetOfMembers(this TrialTables tables) => (tables & ~All) == 0;

    /// <summary>The table's base file name: <c>adsl</c>, <c>adeff</c>, <c>adae</c>, <c>adex</c> (<c>none</c> for no table; e.g. <c>adsl+adae</c> for a set).</summary>
    /// <param name="tables">The table or set of tables.</param>
    /// <exception cref="ArgumentOutOfRangeException">A flag that is not a member.</exception>
    public static string Code(this TrialTables tables) => Name(tables, "none", "+", t => t switch
    {
        TrialTables.Subjects => TrialDataLoader.SubjectsName,
        TrialTables.Assessments => TrialDataLoader.AssessmentsName,
        TrialTables.AdverseEvents => TrialDataLoader.AdverseEventsName,
        _ => TrialDataLoader.ExposureName,
    });

    /// <summary>A compact label: <c>Subjects</c>, <c>Efficacy</c>, <c>AEs</c>, <c>Exposure</c> (<c>None</c>; e.g. <c>Subjects, AEs</c> for a set).</summary>
    /// <param name="tables">The table or set of tables.</param>
    /// <exception cref="ArgumentOutOfRangeException">A flag that is not a member.</exception>
    public static string ShortLabel(this TrialTables tables) => Name(tables, "None", ", ", t => t switch
    {
        TrialTables.Subjects => "Subjects",
        TrialTables.Assessments => "Efficacy",
        TrialTables.AdverseEvents => "AEs",
        _ => "Exposure",
    });

    /// <summary>
    /// The label in words: <c>subject-level data (adsl)</c>, <c>efficacy assessments (adeff)</c>, <c>adverse events
    /// (adae)</c>, <c>exposure (adex)</c> (<c>no table</c>; the members' labels joined by <c>, </c> for a set).
    /// </summary>
    /// <param name="tables">The table or set of tables.</param>
    /// <exception cref="ArgumentOutOfRangeException">A flag that is not a member.</exception>
    public static string Label(this TrialTables tables) => Name(tables, "no table", ", ", t => t switch
    {
        TrialTables.Subjects => "subject-level data (adsl)",
        TrialTables.Assessments => "efficacy assessments (adeff)",
        TrialTables.AdverseEvents => "adverse events (adae)",
        _ => "exposure (adex)",
    });

    private static string Name(TrialTables tables, string none, string separator, Func<TrialTables, string> member)
    {
        if (!tables.IsSetOfMembers()) throw new ArgumentOutOfRangeException(nameof(tables), tables, "Not a set of TrialTables members.");
        if (tables == TrialTables.None) return none;
        return string.Join(separator, Members.Where(m => tables.HasFlag(m)).Select(member));
    }
}
