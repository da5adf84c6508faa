using AsAnalysis.Data;

namespace AsAnalysis.Tests.Endpoints;

/// <summary>Builds small TrialData sets by hand for the endpoint tests.</summary>
internal sealed class TrialBuilder
{
    private readonly List<Subject> _subjects = [];
    private readonly List<Assessment> _assessments = [];

    public TrialBuilder Subject(string id, string arm, bool itt = true, bool safety = true, string? stratum = null, string? status = null)
    {
        _subjects.Add(new Subject { UsubjId = id, PlannedArm = arm, ActualArm = arm, Itt = itt, Safety = safety, Stratum = stratum, EndOfStudyStatus = status });
        return this;
    }

    public TrialBuilder Value(string id, decimal week, string paramCd, decimal? value)
    {
        _assessments.Add(new Assessment { UsubjId = id, ParamCd = paramCd, VisitWeek = week, Value = value });
        return this;
    }

    /// <summary>
    /// Adds a visit whose four ASAS domains equal the given values: PTGLOBAL = pga, TOTBPAIN = pain,
    /// all ten BASFI items = function (so BASFI = function), BASDAI Q5 = Q6 = inflammation.
    /// BASDAI Q1..Q4 are set to <paramref name="otherBasdai"/>; optional CRP, ESR and LATFLEX.
    /// A null domain value leaves that domain's records out (missing).
    /// </summary>
    public TrialBuilder Domains(string id, decimal week, decimal? pga, decimal? pain, decimal? function, decimal? inflammation,
        decimal otherBasdai = 5m, decimal? crp = null, decimal? esr = null, decimal? latflex = null)
    {
        if (pga is not null) Value(id, week, ParamCodes.PatientGlobal, pga);
        if (pain is not null) Value(id, week, ParamCodes.TotalBackPain, pain);
        if (function is not null) foreach (var code in ParamCodes.BasfiItems) Value(id, week, code, function);
        for (int i = 0; i < 4; i++) Value(id, week, ParamCodes.BasdaiItems[i], otherBasdai);
        if (inflammation is not null) { Value(id, week, "BASDAI05", inflammation); Value(id, week, "BASDAI06", inflammation); }
        if (crp is not null) Value(id, week, ParamCodes.Crp, crp);
        if (esr is not null) Value(id, week, ParamCodes.Esr, esr);
        if (latflex is not null) Value(id, week, ParamCodes.LateralFlexion, latflex);
        return this;
    }

    public TrialData Build() => new(_subjects, _assessments);
}
