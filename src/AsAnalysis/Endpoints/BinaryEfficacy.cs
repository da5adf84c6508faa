using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>Builds binary responses of ITT subjects under a missing-data handling.</summary>
internal static class BinaryEfficacy
{
    /// <summary>The response of one subject at one visit under one handling.</summary>
    public static SubjectResponse Respond(Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var d = Decide(subject, visits, endpoint, week, imputation);
        return new SubjectResponse(subject.UsubjId, subject.PlannedArm, subject.Stratum, d.Observed, d.Handling, d.Responder, d.CarriedFromWeek);
    }

    /// <summary>What <see cref="Respond"/> decides, without creating the record.</summary>
    internal static (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(
        Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var atVisit = AtVisit(visits, week);
        return Decide(visits, atVisit, atVisit is null ? MissingVisitReason(subject, visits, week) : NotEvaluableReason.None, endpoint, week, imputation);
    }

    /// <summary>The subject's record at a visit (the first with that AVISITN), or null.</summary>
    internal static SubjectVisitEndpoints? AtVisit(IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        foreach (var v in visits) if (v.VisitWeek == week) return v;
        return null;
    }

    /// <summary>
    /// <see cref="Decide(Subject, IReadOnlyList{SubjectVisitEndpoints}, ResponderEndpoint, decimal, Imputation)"/> with the
    /// record at the visit (<see cref="AtVisit"/>) and, when there is none, <see cref="MissingVisitReason"/> already found
    /// (the counting pass finds them once per subject and visit for every endpoint and handling).
    /// </summary>
    internal static (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(
        IReadOnlyList<SubjectVisitEndpoints> visits, SubjectVisitEndpoints? atVisit, NotEvaluableReason missingVisitReason,
        ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var observed = atVisit is not null ? atVisit.Outcome(endpoint) : ResponderOutcome.NotEvaluable(missingVisitReason);
        if (observed.IsEvaluable)
            return (observed, ResponseHandling.Observed, observed.Responder, null);
        switch (imputation)
        {
            case Imputation.NonResponderImputation:
                return (observed, ResponseHandling.Imputed, false, null);
            case Imputation.ObservedCases:
                return (observed, ResponseHandling.Excluded, null, null);
            case Imputation.Locf:
                SubjectVisitEndpoints? last = null;
                foreach (var v in visits)
                    if (v.VisitWeek > 0m && v.VisitWeek < week && v.Outcome(endpoint).IsEvaluable) last = v;  // visits ascend
                return last is null
                    ? (observed, ResponseHandling.Excluded, null, null)
                    : (observed, ResponseHandling.Imputed, last.Outcome(endpoint).Responder, last.VisitWeek);
            default:
                throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null);
        }
    }

    private static bool AnyAtOrAfter(IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        foreach (var v in visits) if (v.VisitWeek >= week) return true;
        return false;
    }

    /// <summary>Why a subject has no record at a visit: never treated, discontinued (nothing at or after it), or simply no visit.</summary>
    public static NotEvaluableReason MissingVisitReason(Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        if (!subject.Safety) return NotEvaluableReason.NotTreated;
        bool discontinued = subject.EndOfStudyStatus is { } s && s.Trim().Equals("DISCONTINUED", StringComparison.OrdinalIgnoreCase);
        if (discontinued && !AnyAtOrAfter(visits, week)) return NotEvaluableReason.Discontinued;
        return NotEvaluableReason.NoVisit;
    }

    public static ArmComparison Compare(ArmResponse treatment, ArmResponse control, bool stratified, double level)
    {
        var table = new TwoByTwoTable(treatment.Responders, treatment.N, control.Responders, control.N);
        StratifiedComparison? strat = null;
        if (stratified)
        {
            var included = treatment.Subjects.Concat(control.Subjects).Where(s => s.Handling != ResponseHandling.Excluded).ToArray();
            var labels = included.Select(s => s.Stratum!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var tables = labels.Select(label =>
            {
                var t = included.Where(s => s.Stratum == label && s.Arm == treatment.Arm).ToArray();
                var c = included.Where(s => s.Stratum == label && s.Arm == control.Arm).ToArray();
                return new TwoByTwoTable(t.Count(s => s.Responder == true), t.Length, c.Count(s => s.Responder == true), c.Length);
            }).ToArray();
            if (tables.Length > 0)
                strat = new StratifiedComparison(Array.AsReadOnly(labels), Array.AsReadOnly(tables),
                    MantelHaenszel.Test(tables, continuityCorrection: false, level: level),
                    ProportionDifference.Stratified(tables, StratifiedDifferenceMethod.CmhWald, level));
        }
        return new ArmComparison(treatment.Endpoint, treatment.VisitWeek, treatment.Imputation, treatment.Arm, control.Arm, table,
            ProportionDifference.Estimate(table, DifferenceCiMethod.Newcombe, level),
            ProportionDifference.Estimate(table, DifferenceCiMethod.MiettinenNurminen, level),
            TwoByTwoTests.Fisher(table),
            TwoByTwoTests.ChiSquare(table, yatesCorrection: false),
            OddsRatio.Estimate(table, OddsRatioMethod.Woolf, level),
            strat);
    }
}
