using System.Runtime.InteropServices;

namespace AsAnalysis.Data;

/// <summary>
/// One efficacy record as stored: indexes into the tables of its <see cref="AssessmentStore"/> and the numbers inline.
/// It holds no reference, so the garbage collector never scans the millions of them (docs/performance.md).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct AssessmentRow
{
    /// <summary>Index of the subject in <see cref="TrialData.Subjects"/>.</summary>
    public int Subject;
    /// <summary>Index into <see cref="AssessmentStore.Params"/>.</summary>
    public int Param;
    /// <summary>Index into <see cref="AssessmentStore.Visits"/>.</summary>
    public int Visit;
    /// <summary>Index into the store's label table, or −1 for no label.</summary>
    public int Label;
    /// <summary>Index into the store's file table, or −1 for no source.</summary>
    public int File;
    /// <summary>Study day (ADY) when <see cref="HasDay"/>.</summary>
    public int Day;
    /// <summary>Source line; for a row without a file (<see cref="File"/> −1), the record's number in the input, which only problems name.</summary>
    public long Line;
    /// <summary>AVAL when <see cref="HasValue"/>.</summary>
    public decimal Value;
    /// <summary>Whether AVAL is present.</summary>
    public bool HasValue;
    /// <summary>Whether ADY is present.</summary>
    public bool HasDay;
}
