using System.Globalization;
using Microsoft.Data.Analysis;

namespace AsAnalysis.Data;

/// <summary>
/// A trial data set as four Microsoft.Data.Analysis DataFrames for notebook users. Columns carry the canonical ADaM names
/// (<see cref="ExportColumns"/>) and explicit types, never inferred: text as <see cref="StringDataFrameColumn"/>, numbers as
/// <see cref="DecimalDataFrameColumn"/> (exact, as loaded), ADY as <see cref="Int32DataFrameColumn"/>, Y/N flags as
/// <see cref="BooleanDataFrameColumn"/>, dates as <see cref="DateTimeDataFrameColumn"/> (midnight); missing values are null.
/// The frames are new, mutable objects owned by the caller; <see cref="ToTrialData"/> validates them back into a
/// <see cref="TrialData"/> with the same rules as the file loader.
/// </summary>
/// <param name="Subjects">adsl: USUBJID, TRT01P, TRT01A, ITTFL, SAFFL, PPROTFL, TRTSDT, TRTEDT, AGE, SEX, HLAB27, STRAT1, EOSSTT, DCSREAS, EOSDT, DTHFL.</param>
/// <param name="Assessments">adeff: USUBJID, PARAMCD, AVISITN, AVISIT, ADY, AVAL.</param>
/// <param name="AdverseEvents">adae: USUBJID, AEBODSYS, AEDECOD, ASTDT, AESEV, AESER, AEREL, AEACN, AEOUT, TRTEMFL.</param>
/// <param name="Exposure">adex: USUBJID, EXTRT, EXDOSE, EXDOSU, ASTDT.</param>
public sealed record TrialDataFrames(DataFrame Subjects, DataFrame Assessments, DataFrame AdverseEvents, DataFrame Exposure)
{
    /// <summary>Converts a data set into DataFrames.</summary>
    /// <param name="data">The data.</param>
    public static TrialDataFrames From(TrialData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Subjects;
        var subjects = new DataFrame(
            Text(ExportColumns.UsubjId, s, x => x.UsubjId),
            Text(ExportColumns.Trt01P, s, x => x.PlannedArm),
            Text(ExportColumns.Trt01A, s, x => x.ActualArm),
            Bool(ExportColumns.IttFl, s, x => x.Itt),
            Bool(ExportColumns.SafFl, s, x => x.Safety),
            Bool(ExportColumns.PprotFl, s, x => x.PerProtocol),
            Date(ExportColumns.TrtSdt, s, x => x.TreatmentStart),
            Date(ExportColumns.TrtEdt, s, x => x.TreatmentEnd),
            Number(ExportColumns.Age, s, x => x.Age),
            Text(ExportColumns.Sex, s, x => x.Sex),
            Text(ExportColumns.HlaB27, s, x => x.HlaB27),
            Text(ExportColumns.Strat1, s, x => x.Stratum),
            Text(ExportColumns.EosStt, s, x => x.EndOfStudyStatus),
            Text(ExportColumns.DcsReas, s, x => x.DiscontinuationReason),
            Date(ExportColumns.EosDt, s, x => x.EndOfStudyDate),
            Bool(ExportColumns.DthFl, s, x => x.Died));

        var a = data.Assessments;
        var assessments = new DataFrame(
            Text(ExportColumns.UsubjId, a, x => x.UsubjId),
            Text(ExportColumns.ParamCd, a, x => x.ParamCd),
            Number(ExportColumns.AvisitN, a, x => x.VisitWeek),
            Text(ExportColumns.Avisit, a, x => x.VisitLabel),
            Int(ExportColumns.Ady, a, x => x.StudyDay),
            Number(ExportColumns.Aval, a, x => x.Value));

        var e = data.AdverseEvents;
        var events = new DataFrame(
            Text(ExportColumns.UsubjId, e, x => x.UsubjId),
            Text(ExportColumns.AeBodSys, e, x => x.Soc),
            Text(ExportColumns.AeDecod, e, x => x.Pt),
            Date(ExportColumns.AstDt, e, x => x.StartDate),
            Text(ExportColumns.AeSev, e, x => x.Severity?.ToString().ToUpperInvariant()),
            Bool(ExportColumns.AeSer, e, x => x.Serious),
            Text(ExportColumns.AeRel, e, x => x.Relationship),
            Text(ExportColumns.AeAcn, e, x => x.ActionTaken),
            Text(ExportColumns.AeOut, e, x => x.Outcome),
            Bool(ExportColumns.TrtEmFl, e, x => x.TreatmentEmergentFlag));

        var x = data.Exposures;
        var exposure = new DataFrame(
            Text(ExportColumns.UsubjId, x, r => r.UsubjId),
            Text(ExportColumns.ExTrt, x, r => r.Treatment),
            Number(ExportColumns.ExDose, x, r => r.Dose),
            Text(ExportColumns.ExDosu, x, r => r.DoseUnit),
            Date(ExportColumns.AstDt, x, r => r.Date));

        return new TrialDataFrames(subjects, assessments, events, exposure);
    }

    /// <summary>
    /// Validates the frames with the rules of the file loader (column names matched case-insensitively, <paramref name="options"/>'s
    /// column map applied) and builds a <see cref="TrialData"/>. Cells may be of any type: text is used as is, booleans
    /// become Y/N, dates yyyy-MM-dd, numbers invariant text. Problems name <c>adsl (DataFrame)</c> etc. and the 1-based row.
    /// An empty <see cref="Assessments"/> or <see cref="AdverseEvents"/> frame without columns counts as absent.
    /// </summary>
    /// <param name="options">Options, or null for <see cref="LoadOptions.Default"/>.</param>
    /// <exception cref="TrialDataException">The frames have problems.</exception>
    public TrialData ToTrialData(LoadOptions? options = null) =>
        TrialDataLoader.Load(Raw(Subjects, "adsl (DataFrame)")!, Raw(Assessments, "adeff (DataFrame)"), Raw(AdverseEvents, "adae (DataFrame)"),
            Raw(Exposure, "adex (DataFrame)"), options);

    private static RawTable? Raw(DataFrame? frame, string name)
    {
        if (frame is null || frame.Columns.Count == 0) return null;
        var header = frame.Columns.Select(c => c.Name).ToArray();
        return new RawTable(name, header, Rows(frame)) { HeaderLine = 0 };
    }

    private static IEnumerable<RawRow> Rows(DataFrame frame)
    {
        var columns = frame.Columns.ToArray();
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var fields = new string?[columns.Length];
            for (var c = 0; c < columns.Length; c++) fields[c] = Format(columns[c][i]);
            yield return new RawRow(i + 1, fields);
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "Y" : "N",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static StringDataFrameColumn Text<T>(string name, IReadOnlyList<T> rows, Func<T, string?> get)
    {
        var c = new StringDataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++) c[i] = get(rows[i]);
        return c;
    }

    private static BooleanDataFrameColumn Bool<T>(string name, IReadOnlyList<T> rows, Func<T, bool?> get)
    {
        var c = new BooleanDataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++) c[i] = get(rows[i]);
        return c;
    }

    private static DecimalDataFrameColumn Number<T>(string name, IReadOnlyList<T> rows, Func<T, decimal?> get)
    {
        var c = new DecimalDataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++) c[i] = get(rows[i]);
        return c;
    }

    private static Int32DataFrameColumn Int<T>(string name, IReadOnlyList<T> rows, Func<T, int?> get)
    {
        var c = new Int32DataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++) c[i] = get(rows[i]);
        return c;
    }

    private static DateTimeDataFrameColumn Date<T>(string name, IReadOnlyList<T> rows, Func<T, DateOnly?> get)
    {
        var c = new DateTimeDataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++) c[i] = get(rows[i]) is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : null;
        return c;
    }
}
