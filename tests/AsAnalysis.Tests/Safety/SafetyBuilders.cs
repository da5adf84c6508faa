using AsAnalysis.Data;
using AsAnalysis.Safety;

namespace AsAnalysis.Tests.Safety;

/// <summary>Hand-built trial data for the safety tests. Day numbers are relative to <see cref="Day0"/> (the first treatment day).</summary>
internal static class B
{
    public static readonly DateOnly Day0 = new(2024, 1, 1);

    public static DateOnly D(int day) => Day0.AddDays(day);

    public static Subject Subj(
        string id,
        string arm,
        bool safety = true,
        string? planned = null,
        int? start = 0,
        int? end = 84,
        int? endOfStudy = null,
        bool? died = null) => new()
        {
            UsubjId = id,
            PlannedArm = planned ?? arm,
            ActualArm = arm,
            Itt = true,
            Safety = safety,
            TreatmentStart = start is null ? null : D(start.Value),
            TreatmentEnd = end is null ? null : D(end.Value),
            EndOfStudyDate = endOfStudy is null ? null : D(endOfStudy.Value),
            Died = died,
        };

    public static AdverseEvent Ae(
        string id,
        string soc,
        string pt,
        int? day = 1,
        AeSeverity? severity = AeSeverity.Mild,
        bool? serious = false,
        string? rel = "NOT RELATED",
        string? action = null,
        bool? trtem = null,
        string? outcome = null) => new()
        {
            UsubjId = id,
            Soc = soc,
            Pt = pt,
            StartDate = day is null ? null : D(day.Value),
            Severity = severity,
            Serious = serious,
            Relationship = rel,
            ActionTaken = action,
            TreatmentEmergentFlag = trtem,
            Outcome = outcome,
        };

    public static ExposureRecord Ex(string id, string trt, decimal? dose, string unit, int day) => new()
    {
        UsubjId = id,
        Treatment = trt,
        Dose = dose,
        DoseUnit = unit,
        Date = D(day),
    };

    public static TrialData Trial(IEnumerable<Subject> subjects, IEnumerable<AdverseEvent>? aes = null, IEnumerable<ExposureRecord>? ex = null) =>
        new(subjects, adverseEvents: aes, exposures: ex);

    public static SafetyCell Cell(this OverviewRow row, string arm) => row.Cells.Single(c => c.Arm == arm);

    public static SafetyCell Cell(this TermRow row, string arm) => row.Cells.Single(c => c.Arm == arm);

    public static OverviewRow Row(this SafetyResults r, OverviewCategory c) => r.Overview.Single(o => o.Category == c);

    public static TermRow Soc(this SafetyResults r, string soc) => r.BySocPt.Socs.Single(s => s.Soc.Term.Soc == soc).Soc;

    public static TermRow Pt(this SafetyResults r, string soc, string pt) =>
        r.BySocPt.Socs.Single(s => s.Soc.Term.Soc == soc).Pts.Single(p => p.Term.Pt == pt);
}
