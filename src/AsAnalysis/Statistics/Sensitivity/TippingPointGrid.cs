namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>
/// The result of <see cref="TippingPoint.Analyze"/>: every assignment of K = 0..m_T imputed responders among the
/// treatment arm's m_T missing subjects and J = 0..m_C among the control arm's m_C, with the difference, its interval
/// and p-value, the conclusions, and the tipping points (<see cref="Flips"/>). Values are stored in arrays and cells
/// are made on access (<see cref="Cell"/>, <see cref="Cells"/>); the per-value accessors
/// (<see cref="Difference"/>, <see cref="PValue"/>...) read without allocating, e.g. for a heat map.
/// </summary>
public sealed record TippingPointGrid
{
    private readonly double[] _difference, _lower, _upper, _p;
    private IReadOnlyList<TippingFlip>? _flips;

    internal TippingPointGrid(MissingResponseCounts treatment, MissingResponseCounts control, TippingPointOptions options,
        double[] difference, double[] lower, double[] upper, double[] p)
    {
        Treatment = treatment;
        Control = control;
        Options = options;
        _difference = difference;
        _lower = lower;
        _upper = upper;
        _p = p;
    }

    /// <summary>Treatment arm counts.</summary>
    public MissingResponseCounts Treatment { get; }
    /// <summary>Control arm counts.</summary>
    public MissingResponseCounts Control { get; }
    /// <summary>Options used (interval method and level, test and alpha).</summary>
    public TippingPointOptions Options { get; }
    /// <summary>m_T: the largest K (treatment missing subjects).</summary>
    public int TreatmentMissing => Treatment.Missing;
    /// <summary>m_C: the largest J (control missing subjects).</summary>
    public int ControlMissing => Control.Missing;
    /// <summary>Number of cells, (m_T + 1)(m_C + 1).</summary>
    public int Count => _difference.Length;

    private int Index(int k, int j)
    {
        if ((uint)k > (uint)TreatmentMissing) throw new ArgumentOutOfRangeException(nameof(k), k, $"K must lie in 0..{TreatmentMissing}.");
        if ((uint)j > (uint)ControlMissing) throw new ArgumentOutOfRangeException(nameof(j), j, $"J must lie in 0..{ControlMissing}.");
        return k * (ControlMissing + 1) + j;
    }

    /// <summary>Difference (treatment minus control) of cell (K, J).</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public double Difference(int k, int j) => _difference[Index(k, j)];

    /// <summary>Lower confidence limit of cell (K, J).</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public double Lower(int k, int j) => _lower[Index(k, j)];

    /// <summary>Upper confidence limit of cell (K, J).</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public double Upper(int k, int j) => _upper[Index(k, j)];

    /// <summary>Two-sided p-value of cell (K, J).</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public double PValue(int k, int j) => _p[Index(k, j)];

    /// <summary>Conclusion of cell (K, J) by the interval: lower limit &gt; 0 favours treatment, upper limit &lt; 0 control.</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public TippingConclusion CiConclusion(int k, int j) => CiConclusionAt(Index(k, j));

    /// <summary>Conclusion of cell (K, J) by the test: p &lt; alpha favours the arm with the higher rate.</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public TippingConclusion TestConclusion(int k, int j) => TestConclusionAt(Index(k, j));

    /// <summary>The conclusion of cell (K, J) by a criterion.</summary>
    /// <param name="criterion">Interval or test.</param>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid, or an undefined criterion.</exception>
    public TippingConclusion Conclusion(TippingCriterion criterion, int k, int j) => ConclusionAt(criterion, Index(k, j));

    private TippingConclusion ConclusionAt(TippingCriterion criterion, int i) => criterion switch
    {
        TippingCriterion.ConfidenceInterval => CiConclusionAt(i),
        TippingCriterion.Test => TestConclusionAt(i),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    private TippingConclusion CiConclusionAt(int i)
    {
        double lower = _lower[i], upper = _upper[i];
        if (double.IsNaN(lower) || double.IsNaN(upper)) return TippingConclusion.Undefined;
        if (lower > 0) return TippingConclusion.FavoursTreatment;
        if (upper < 0) return TippingConclusion.FavoursControl;
        return TippingConclusion.Inconclusive;
    }

    private TippingConclusion TestConclusionAt(int i)
    {
        double p = _p[i], d = _difference[i];
        if (double.IsNaN(p) || double.IsNaN(d)) return TippingConclusion.Undefined;
        if (!(p < Options.Alpha)) return TippingConclusion.Inconclusive;
        return d > 0 ? TippingConclusion.FavoursTreatment : d < 0 ? TippingConclusion.FavoursControl : TippingConclusion.Inconclusive;
    }

    /// <summary>Cell (K, J) as a record.</summary>
    /// <param name="k">Imputed treatment responders, 0..m_T.</param>
    /// <param name="j">Imputed control responders, 0..m_C.</param>
    /// <exception cref="ArgumentOutOfRangeException">K or J outside the grid.</exception>
    public TippingPointCell Cell(int k, int j)
    {
        int i = Index(k, j);
        var table = new TwoByTwoTable(Treatment.Responders + k, Treatment.Total, Control.Responders + j, Control.Total);
        return new TippingPointCell(k, j, table, _difference[i], new ConfidenceInterval(_lower[i], _upper[i], Options.Level), Options.CiMethod,
            _p[i], Options.Test, CiConclusionAt(i), TestConclusionAt(i));
    }

    /// <summary>Every cell, K ascending and within it J ascending (made on access; a new list on each call).</summary>
    public IReadOnlyList<TippingPointCell> Cells
    {
        get
        {
            var cells = new TippingPointCell[Count];
            for (int k = 0, i = 0; k <= TreatmentMissing; k++)
                for (int j = 0; j <= ControlMissing; j++, i++) cells[i] = Cell(k, j);
            return Array.AsReadOnly(cells);
        }
    }

    /// <summary>Non-responder imputation: cell (0, 0), every missing subject a non-responder.</summary>
    public TippingPointCell NonResponderImputation => Cell(0, 0);

    /// <summary>Best case for treatment: cell (m_T, 0), every missing treatment subject a responder, every missing control subject not.</summary>
    public TippingPointCell BestCase => Cell(TreatmentMissing, 0);

    /// <summary>Worst case for treatment: cell (0, m_C).</summary>
    public TippingPointCell WorstCase => Cell(0, ControlMissing);

    /// <summary>
    /// K at which the missing treatment subjects respond at the observed rate: m_T x_T / n_T (not an integer in general;
    /// NaN when no treatment subject is evaluable). At (K*, J*) the completed rates equal the observed rates, so the
    /// difference equals the observed-case difference (its interval is narrower: the denominators are larger).
    /// </summary>
    public double ObservedCaseTreatmentImputed => Treatment.Evaluable == 0 ? double.NaN : (double)TreatmentMissing * Treatment.Responders / Treatment.Evaluable;

    /// <summary>J* = m_C x_C / n_C, the control counterpart of <see cref="ObservedCaseTreatmentImputed"/>.</summary>
    public double ObservedCaseControlImputed => Control.Evaluable == 0 ? double.NaN : (double)ControlMissing * Control.Responders / Control.Evaluable;

    /// <summary>
    /// The observed-case-equivalent cell: K* and J* each rounded to the nearest integer (halves up, in exact integer
    /// arithmetic); <c>null</c> when an arm has no evaluable subject.
    /// </summary>
    public TippingPointCell? ObservedCaseEquivalent
    {
        get
        {
            if (Treatment.Evaluable == 0 || Control.Evaluable == 0) return null;
            return Cell(RoundedShare(TreatmentMissing, Treatment.Responders, Treatment.Evaluable), RoundedShare(ControlMissing, Control.Responders, Control.Evaluable));
        }
    }

    /// <summary>round(m x / n) with halves rounded up: floor((2 m x + n) / (2 n)).</summary>
    private static int RoundedShare(int m, int x, int n) => (int)((2L * m * x + n) / (2L * n));

    /// <summary>
    /// The tipping points: every pair of neighbouring cells whose conclusion differs, by the interval criterion first and
    /// then by the test; within each, K ascending and J ascending, the step in K before the step in J. Together they
    /// trace the boundaries between the regions of the heat map. Computed on first access.
    /// </summary>
    public IReadOnlyList<TippingFlip> Flips => _flips ??= FindFlips();

    /// <summary>The tipping points of one criterion (see <see cref="Flips"/>).</summary>
    /// <param name="criterion">Interval or test.</param>
    public IReadOnlyList<TippingFlip> FlipsOf(TippingCriterion criterion) => Flips.Where(f => f.Criterion == criterion).ToArray();

    private IReadOnlyList<TippingFlip> FindFlips()
    {
        var flips = new List<TippingFlip>();
        int mT = TreatmentMissing, mC = ControlMissing;
        foreach (var criterion in new[] { TippingCriterion.ConfidenceInterval, TippingCriterion.Test })
            for (int k = 0; k <= mT; k++)
                for (int j = 0; j <= mC; j++)
                {
                    int i = k * (mC + 1) + j;
                    var here = ConclusionAt(criterion, i);
                    if (k < mT && ConclusionAt(criterion, i + mC + 1) is var nextK && nextK != here)
                        flips.Add(new TippingFlip(criterion, k, j, k + 1, j, here, nextK));
                    if (j < mC && ConclusionAt(criterion, i + 1) is var nextJ && nextJ != here)
                        flips.Add(new TippingFlip(criterion, k, j, k, j + 1, here, nextJ));
                }
        return flips.AsReadOnly();
    }
}
