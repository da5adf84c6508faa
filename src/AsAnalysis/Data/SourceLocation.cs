namespace AsAnalysis.Data;

/// <summary>Where a record came from: the file name and the 1-based physical line (CSV) or record number (XPT).</summary>
/// <param name="File">File name as found in the export folder (e.g. <c>adsl.csv</c>).</param>
/// <param name="Line">1-based line number of the record (the header is line 1 in CSV files).</param>
/// <remarks>
/// The records (<see cref="Subject"/>, <see cref="Assessment"/>, <see cref="AdverseEvent"/>, <see cref="ExposureRecord"/>)
/// keep their file and line inline, not as an object each (16 million efficacy rows would otherwise hold 16 million
/// locations, about 500 MB); their <c>Source</c> property returns a new, value-equal location on each call.
/// </remarks>
public sealed record SourceLocation(string File, long Line)
{
    /// <summary>Formats the location as <c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
