using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Ard;

/// <summary>
/// Flattens <see cref="EfficacyResults"/> to ard.csv rows (<see cref="EfficacyResults.ToArdRows"/> forwards here; the
/// order and the statistics are documented there and in docs/endpoints.md). This file, and <see cref="SafetyArd"/>, are
/// the only parts of <c>AsAnalysis.Ard</c> that know the analysis layers; the contract (<see cref="ArdRow"/>,
/// <see cref="ArdAnalysis"/>, <see cref="ArdStat"/>, <see cref="ArdMethod"/>) and the writer and reader do not.
/// </summary>
internal static class EfficacyArd
{
    public static IReadOnlyList<ArdRow> Build(EfficacyResults results)
    {
        var rows = new List<ArdRow>();
        var arms = results.Arms;
        bool single = arms.Count <= 2;
        string Term(string treatment) => single ? "" : $"{treatment} vs {results.ControlArm}";
        var comparisonIndex = results.Comparisons.ToLookup(c => (c.Imputation, c.Endpoint, c.VisitWeek));
        foreach (var group in results.Responses.GroupBy(r => (r.Imputation, r.Endpoint, r.VisitWeek)))
        {
            string analysis = group.Key.Imputation.ArdAnalysisName(), endpoint = group.Key.Endpoint.Code();
            string visit = VisitLabels.Week(group.Key.VisitWeek);
            foreach (var r in group)
            {
                void Add(string stat, string method, double value, string term = "") => rows.Add(new ArdRow(analysis, endpoint, visit, r.Arm, term, stat, method, value));
                Add(ArdStat.N, "", r.N);
                Add(ArdStat.Count, "", r.Responders);
                Add(ArdStat.Rate, "", r.Rate);
                foreach (var p in new[] { r.Wilson, r.ClopperPearson })
                {
                    Add(ArdStat.CiLow, p.MethodName, p.Ci.Lower);
                    Add(ArdStat.CiHigh, p.MethodName, p.Ci.Upper);
                }
                Add(ArdStat.NImputed, "", r.Imputed);
                Add(ArdStat.NExcluded, "", r.Excluded);
                foreach (var c in r.ImputedReasons) Add(ArdStat.NImputed, "", c.Count, c.Reason.Code());
                foreach (var c in r.ExcludedReasons) Add(ArdStat.NExcluded, "", c.Count, c.Reason.Code());
            }
            foreach (var c in comparisonIndex[group.Key])
            {
                string diffArm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, arms.Count);
                void Add(string stat, string method, double value) => rows.Add(new ArdRow(analysis, endpoint, visit, diffArm, "", stat, method, value));
                Add(ArdStat.Diff, "", c.Newcombe.Estimate);
                foreach (var d in new[] { c.Newcombe, c.MiettinenNurminen })
                {
                    Add(ArdStat.CiLow, d.MethodName, d.Ci.Lower);
                    Add(ArdStat.CiHigh, d.MethodName, d.Ci.Upper);
                }
                Add(ArdStat.PValue, c.Fisher.MethodName, c.Fisher.PValue);
                Add(ArdStat.PValue, c.ChiSquare.MethodName, c.ChiSquare.PValue);
                Add(ArdStat.OddsRatio, c.OddsRatio.MethodName, c.OddsRatio.Estimate);
                Add(ArdStat.CiLow, c.OddsRatio.MethodName, c.OddsRatio.Ci.Lower);
                Add(ArdStat.CiHigh, c.OddsRatio.MethodName, c.OddsRatio.Ci.Upper);
                if (c.Stratified is { } s)
                {
                    Add(ArdStat.Diff, s.Difference.MethodName, s.Difference.Estimate);
                    Add(ArdStat.CiLow, s.Difference.MethodName, s.Difference.Ci.Lower);
                    Add(ArdStat.CiHigh, s.Difference.MethodName, s.Difference.Ci.Upper);
                    Add(ArdStat.PValue, s.Cmh.Test.MethodName, s.Cmh.Test.PValue);
                    Add(ArdStat.OddsRatio, ArdMethod.MantelHaenszel, s.Cmh.CommonOddsRatio);
                    Add(ArdStat.CiLow, ArdMethod.MantelHaenszel, s.Cmh.OddsRatioCi.Lower);
                    Add(ArdStat.CiHigh, ArdMethod.MantelHaenszel, s.Cmh.OddsRatioCi.Upper);
                }
            }
        }

        var ancovaIndex = results.ContinuousComparisons.ToLookup(c => (c.Endpoint, c.VisitWeek));
        foreach (var group in results.Continuous.GroupBy(c => (c.Endpoint, c.VisitWeek)))
        {
            string analysis = ArdAnalysis.EfficacyContinuous, endpoint = group.Key.Endpoint.Code();
            string visit = VisitLabels.Week(group.Key.VisitWeek);
            foreach (var s in group)
            {
                void Add(string stat, double value, string term = "") => rows.Add(new ArdRow(analysis, endpoint, visit, s.Arm, term, stat, "", value));
                DescriptiveArd.Add(s.Change, (stat, value) => Add(stat, value));
                Add(ArdStat.NExcluded, s.Excluded);
                foreach (var c in s.ExcludedReasons) Add(ArdStat.NExcluded, c.Count, c.Reason.Code());
            }
            foreach (var c in ancovaIndex[group.Key])
            {
                string term = Term(c.TreatmentArm), method = c.Ancova.Test.MethodName;
                var a = c.Ancova;
                rows.Add(new ArdRow(analysis, endpoint, visit, c.TreatmentArm, term, ArdStat.LsMean, method, a.TreatmentLsMean));
                rows.Add(new ArdRow(analysis, endpoint, visit, c.ControlArm, term, ArdStat.LsMean, method, a.ControlLsMean));
                string diffArm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, arms.Count);
                void Add(string stat, double value) => rows.Add(new ArdRow(analysis, endpoint, visit, diffArm, "", stat, method, value));
                Add(ArdStat.Diff, a.Difference);
                Add(ArdStat.Se, a.StandardError);
                Add(ArdStat.CiLow, a.Ci.Lower);
                Add(ArdStat.CiHigh, a.Ci.Upper);
                Add(ArdStat.PValue, a.Test.PValue);
            }
        }
        return rows.AsReadOnly();
    }
}
