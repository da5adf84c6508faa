using System.Globalization;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// The rules every <see cref="TrialData"/> keeps, as the loader and the <see cref="TrialData"/> constructor word a
/// violation (the reason of a <see cref="DataProblem"/>): subject ids are unique, every record's subject is in the subject
/// list, and at most one efficacy record exists per subject, parameter (ignoring case) and visit value.
/// </summary>
internal static class TrialDataInvariants
{
    /// <summary>A second subject with an id (column USUBJID, the id as value).</summary>
    /// <param name="firstLine">The line (or record number) of the subject's first record.</param>
    public static string DuplicateSubject(long firstLine) =>
        $"duplicate USUBJID: the subject is already on line {firstLine.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A record of a subject that is not in the subject list (column USUBJID, the id as value).</summary>
    /// <param name="subjectFile">The file of the subject list, e.g. <c>adsl.csv</c>.</param>
    public static string UnknownSubject(string subjectFile) => "unknown subject: not in " + subjectFile;

    /// <summary>A second efficacy record with the key of an earlier one (column PARAMCD, the upper-case code as value).</summary>
    /// <param name="subject">The subject's id.</param>
    /// <param name="visit">The visit with trailing zeros dropped (12, not 12.0).</param>
    /// <param name="code">The parameter code in upper case.</param>
    /// <param name="firstLine">The line (or record number) of the earlier record.</param>
    public static string DuplicateRecord(string subject, decimal visit, string code, long firstLine) =>
        $"duplicate record: subject {subject}, AVISITN {visit.ToString(CultureInfo.InvariantCulture)} already has {code} on line {firstLine.ToString(CultureInfo.InvariantCulture)}";
}
