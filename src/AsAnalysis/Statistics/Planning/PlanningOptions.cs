using AsAnalysis.Statistics.Bayes;

namespace AsAnalysis.Statistics.Planning;

/// <summary>Options of <see cref="PhaseThreePlanning"/>.</summary>
public sealed record PlanningOptions
{
    private readonly BetaPrior _treatmentPrior = BetaPrior.Jeffreys;
    private readonly BetaPrior _controlPrior = BetaPrior.Jeffreys;
    private readonly TrialSuccess _success = TrialSuccess.Superiority;
    private readonly double _power = 0.8;
    private readonly double _assurance = 0.8;
    private readonly PowerMethod _superiorityMethod = PowerMethod.NormalApproximation;
    private readonly int _maxPerArm = 1000;

    /// <summary>Jeffreys priors, Newcombe superiority at one-sided 0.025, power and assurance 0.8, normal approximation, up to 1000 per arm.</summary>
    public static PlanningOptions Default { get; } = new();

    /// <summary>Prior of the treatment rate (the pilot updates it to the design prior of the assurance); default Jeffreys.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public BetaPrior TreatmentPrior { get => _treatmentPrior; init => _treatmentPrior = value ?? throw new ArgumentNullException(nameof(TreatmentPrior)); }

    /// <summary>Prior of the control rate; default Jeffreys (e.g. <see cref="BetaPrior.FromRate"/> from published Etanercept rates).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public BetaPrior ControlPrior { get => _controlPrior; init => _controlPrior = value ?? throw new ArgumentNullException(nameof(ControlPrior)); }

    /// <summary>Definition of phase III success; default <see cref="TrialSuccess.Superiority"/>. Its margin selects the
    /// conventional calculation: 0, superiority (<see cref="SampleSize.PerArm"/> at two-sided alpha = 2 x one-sided);
    /// positive, non-inferiority (<see cref="NonInferiorityPlanning.PerArm"/>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Fisher's rule with a margin.</exception>
    public TrialSuccess Success
    {
        get => _success;
        init { ArgumentNullException.ThrowIfNull(value, nameof(Success)); value.Validate(nameof(Success)); _success = value; }
    }

    /// <summary>Target power of the conventional calculation, in (0, 1); default 0.8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double TargetPower { get => _power; init => _power = SampleSize.CheckOpenUnit(value, nameof(TargetPower)); }

    /// <summary>Target assurance of the assurance-based calculation, in (0, 1); default 0.8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double TargetAssurance { get => _assurance; init => _assurance = SampleSize.CheckOpenUnit(value, nameof(TargetAssurance)); }

    /// <summary>Method of the conventional superiority calculation; default <see cref="PowerMethod.NormalApproximation"/> (R <c>power.prop.test</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined method.</exception>
    public PowerMethod SuperiorityMethod { get => _superiorityMethod; init => _superiorityMethod = SampleSize.CheckMethod(value, nameof(SuperiorityMethod)); }

    /// <summary>Largest n per arm searched (assurance, exact superiority methods), 1..100000; default 1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1..100000.</exception>
    public int MaxPerArm
    {
        get => _maxPerArm;
        init => _maxPerArm = value is >= 1 and <= 100_000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPerArm), value, "Between 1 and 100000.");
    }
}
