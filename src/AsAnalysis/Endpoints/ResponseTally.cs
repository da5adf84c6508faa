namespace AsAnalysis.Endpoints;

/// <summary>The counts an <see cref="ArmResponse"/> reports, taken subject by subject (and added up over parts of an arm).</summary>
internal sealed class ResponseTally
{
    private static readonly int ReasonSlots = Enum.GetValues<NotEvaluableReason>().Max(r => (int)r) + 1;
    private readonly int[] _imputedBy = new int[ReasonSlots];
    private readonly int[] _excludedBy = new int[ReasonSlots];

    public int Itt { get; private set; }
    public int N { get; private set; }
    public int Responders { get; private set; }
    public int Imputed { get; private set; }

    /// <summary>Counts one subject's response.</summary>
    public void Add(ResponseHandling handling, bool? responder, NotEvaluableReason reason)
    {
        Itt++;
        if (handling != ResponseHandling.Excluded) N++;
        if (responder == true) Responders++;
        if (handling == ResponseHandling.Imputed) { Imputed++; _imputedBy[(int)reason]++; }
        if (handling == ResponseHandling.Excluded) _excludedBy[(int)reason]++;
    }

    /// <summary>Adds the counts of another part of the arm.</summary>
    public void Add(ResponseTally other)
    {
        Itt += other.Itt;
        N += other.N;
        Responders += other.Responders;
        Imputed += other.Imputed;
        for (var r = 0; r < ReasonSlots; r++)
        {
            _imputedBy[r] += other._imputedBy[r];
            _excludedBy[r] += other._excludedBy[r];
        }
    }

    /// <summary>The counts of a list of responses (computed ones without creating their records).</summary>
    public static ResponseTally Of(IReadOnlyList<SubjectResponse> subjects)
    {
        var tally = new ResponseTally();
        if (subjects is SubjectResponses computed)
            for (var i = 0; i < computed.Count; i++)
            {
                var d = computed.Decide(i);
                tally.Add(d.Handling, d.Responder, d.Observed.Reason);
            }
        else
            foreach (var s in subjects) tally.Add(s.Handling, s.Responder, s.Observed.Reason);
        return tally;
    }

    /// <summary>Imputed subjects by reason, reasons ascending (as a group-by on the reason ordered by key gave).</summary>
    public IReadOnlyList<ReasonCount> ImputedReasons() => Reasons(_imputedBy);

    /// <summary>Excluded subjects by reason, reasons ascending.</summary>
    public IReadOnlyList<ReasonCount> ExcludedReasons() => Reasons(_excludedBy);

    /// <summary>The reasons with a count, ascending.</summary>
    public static IReadOnlyList<ReasonCount> Reasons(int[] counts)
    {
        var list = new List<ReasonCount>();
        for (var r = 0; r < counts.Length; r++)
            if (counts[r] > 0) list.Add(new ReasonCount((NotEvaluableReason)r, counts[r]));
        return list.ToArray().AsReadOnly();
    }

    /// <summary>A count per reason slot (index = reason value).</summary>
    public static int[] NewReasonCounts() => new int[ReasonSlots];
}
