using CsvHelper;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Runs a table converter over a table: opens it, finds its columns, checks field counts and read errors, and calls the
/// converter's row function for every structurally sound row. IO and format errors become problems of the file.
/// </summary>
internal static class TableConversion
{
    /// <summary>
    /// Converts the rows of <paramref name="source"/>. Always drains the rows (closing the file); on success adds the file
    /// with its checksum and row count to <paramref name="files"/>. Returns false when the table could not be read or
    /// lacks a required column (rows are then not converted).
    /// </summary>
    /// <param name="source">The table.</param>
    /// <param name="options">Column map.</param>
    /// <param name="p">Where problems go.</param>
    /// <param name="files">The files read.</param>
    /// <param name="required">Columns that must be present (<see cref="ExportColumns"/> constants).</param>
    /// <param name="optional">Other known columns.</param>
    /// <param name="row">Converts one row.</param>
    /// <param name="rowCount">Data rows in the table.</param>
    /// <param name="salvage">Called instead of <paramref name="row"/> for a row with the wrong field count or a read error.</param>
    public static bool Run(TableSource source, LoadOptions options, ProblemCollector p, List<SourceFile> files,
        string[] required, string[] optional, Action<RowScope> row, out long rowCount, Action<RowScope>? salvage = null)
    {
        rowCount = 0;
        var file = source.FileName;
        RawTable table;
        try
        {
            table = source.Open();
        }
        catch (TrialDataException e)
        {
            foreach (var problem in e.Problems) p.Add(problem);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            p.Add(file, 0, "", "", "cannot read the file: " + e.Message);
            return false;
        }
        file = table.FileName;

        var columnsOk = false;
        var columns = default(TableColumns);
        if (table.Header.Count > 0)
        {
            columns = TableColumns.Resolve(table, options, required, optional, p, out columnsOk);
            if (columnsOk) table.Columns.Wanted = columns.Wanted(table.Header.Count);
        }
        else p.Add(file, 0, "", "", "the file is empty (no header row)");
        var scope = columns is null ? null : new RowScope(file, columns, p);
        long count = 0;
        try
        {
            foreach (var raw in RowPrefetch.Of(table.Rows)) // read ahead on another thread while this one converts
            {
                count++;
                if (!columnsOk) continue;
                scope!.Begin(raw);
                if (raw.ReadError is not null || raw.Fields.Length != table.Header.Count)
                {
                    p.Add(file, raw.Line, "", "", raw.ReadError ?? $"the row has {raw.Fields.Length} fields but the header has {table.Header.Count}");
                    salvage?.Invoke(scope);
                    continue;
                }
                scope.CheckControlCharacters();
                row(scope);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            p.Add(file, 0, "", "", "cannot read the file: " + e.Message);
            return false;
        }
        catch (CsvFormatException e)
        {
            p.Add(file, e.LineNumber, "", "", "malformed CSV: " + e.Message);
            return false;
        }
        catch (TrialDataException e)
        {
            foreach (var problem in e.Problems) p.Add(problem);
            return false;
        }
        rowCount = count;
        files.Add(new SourceFile(file, table.Sha256(), checked((int)count)));
        return columnsOk;
    }
}
