using AsAnalysis.Statistics.Sensitivity;

namespace AsAnalysis.Endpoints;

/// <summary>
/// One arm's responses at one visit for a responder endpoint, split into evaluable (with the responders) and missing
/// (not evaluable, with the reason): the input of the tipping-point grid and of multiple imputation.
/// </summary>
public sealed record ArmResponderMissingness
{
    internal ArmResponderMissingness(string arm, IReadOnlyList<ResponderObservation> subjects)
    {
        Arm = arm;
        Subjects = subjects;
        Evaluable = subjects.Count(s => s.Outcome.IsEvaluable);
        Responders = subjects.Count(s => s.Outcome.Responder == true);
        MissingSubjects = subjects.Where(s => !s.Outcome.IsEvaluable).Select(s => new MissingResponse(s.UsubjId, s.Outcome.Reason)).ToArray().AsReadOnly();
        var byReason = ResponseTally.NewReasonCounts();
        foreach (var m in MissingSubjects) byReason[(int)m.Reason]++;
        MissingReasons = ResponseTally.Reasons(byReason);
    }

    /// <summary>The arm (TRT01P).</summary>
    public string Arm { get; }
    /// <summary>Every ITT subject of the arm with the derived outcome, in the efficacy results' order.</summary>
    public IReadOnlyList<ResponderObservation> Subjects { get; }
    /// <summary>ITT subjects of the arm.</summary>
    public int IttSubjects => Subjects.Count;
    /// <summary>Subjects with an evaluable response.</summary>
    public int Evaluable { get; }
    /// <summary>Responders among the evaluable subjects.</summary>
    public int Responders { get; }
    /// <summary>Subjects whose response is missing (not evaluable): <see cref="IttSubjects"/> − <see cref="Evaluable"/>.</summary>
    public int Missing => IttSubjects - Evaluable;
    /// <summary>The missing subjects with their not-evaluable reasons, in subject order.</summary>
    public IReadOnlyList<MissingResponse> MissingSubjects { get; }
    /// <summary>Missing subjects counted by reason, reasons ascending.</summary>
    public IReadOnlyList<ReasonCount> MissingReasons { get; }
    /// <summary>The counts as the tipping-point analysis takes them.</summary>
    public MissingResponseCounts Counts => new(Responders, Evaluable, Missing);
}
