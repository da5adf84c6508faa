using AsAnalysis.Endpoints;
using AsAnalysis.Safety;
using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// A fixed colour per arm, so that an arm looks the same in every figure of a report. Deterministic: the control arm
/// always gets <see cref="ControlColor"/> (Okabe-Ito blue); the other arms get <see cref="TreatmentColors"/> in the
/// order given (vermillion first), cycling after seven. Any arm can be overridden. Build one instance for a report
/// and pass it to every figure.
/// </summary>
public sealed class ArmColors : IEquatable<ArmColors>
{
    private readonly Dictionary<string, Color> _colors;

    private ArmColors(IReadOnlyList<string> arms, string? controlArm, Dictionary<string, Color> colors)
    {
        Arms = arms;
        ControlArm = controlArm;
        _colors = colors;
    }

    /// <summary>The colour of the control arm: Okabe-Ito blue (#0072B2).</summary>
    public static Color ControlColor => OkabeIto.Blue;

    /// <summary>
    /// The colours of the other arms, in order: vermillion, bluish green, reddish purple, orange, sky blue, black,
    /// yellow (Okabe-Ito; yellow last because it is faint on white).
    /// </summary>
    public static IReadOnlyList<Color> TreatmentColors { get; } =
        [OkabeIto.Vermillion, OkabeIto.BluishGreen, OkabeIto.ReddishPurple, OkabeIto.Orange, OkabeIto.SkyBlue, OkabeIto.Black, OkabeIto.Yellow];

    /// <summary>The arms in display order (legends, bar order within a group): the other arms as given, then the control arm.</summary>
    public IReadOnlyList<string> Arms { get; }

    /// <summary>The control arm (<c>null</c>: none).</summary>
    public string? ControlArm { get; }

    /// <summary>The colour of an arm.</summary>
    /// <param name="arm">The arm.</param>
    /// <exception cref="ArgumentException">An arm that this map does not know.</exception>
    public Color this[string arm] => ColorOf(arm);

    /// <summary>The colour of an arm.</summary>
    /// <param name="arm">The arm.</param>
    /// <exception cref="ArgumentException">An arm that this map does not know.</exception>
    public Color ColorOf(string arm)
    {
        ArgumentNullException.ThrowIfNull(arm);
        return _colors.TryGetValue(arm, out var c)
            ? c
            : throw new ArgumentException($"Arm '{arm}' has no colour; known arms: {string.Join(", ", Arms)}.", nameof(arm));
    }

    /// <summary>Whether the map knows an arm.</summary>
    /// <param name="arm">The arm.</param>
    public bool Contains(string arm) => arm is not null && _colors.ContainsKey(arm);

    /// <summary>
    /// Builds the map. <paramref name="arms"/> are distinct, non-empty names in their ordinal order (e.g. the arms of
    /// a results record); <paramref name="controlArm"/>, when given, must be one of them.
    /// </summary>
    /// <param name="arms">The arms.</param>
    /// <param name="controlArm">The control arm, or <c>null</c>.</param>
    /// <param name="overrides">Colours that replace the default of some arms (each a known arm).</param>
    /// <exception cref="ArgumentException">No arm, an empty or duplicate arm, an unknown control arm or override.</exception>
    public static ArmColors Create(IEnumerable<string> arms, string? controlArm = null, IReadOnlyDictionary<string, Color>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var list = arms.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one arm is needed.", nameof(arms));
        if (list.Any(string.IsNullOrEmpty)) throw new ArgumentException("An arm name cannot be empty.", nameof(arms));
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count) throw new ArgumentException("Arm names must be distinct.", nameof(arms));
        if (controlArm is not null && !list.Contains(controlArm, StringComparer.Ordinal))
            throw new ArgumentException($"The control arm '{controlArm}' is not one of the arms.", nameof(controlArm));

        var others = list.Where(a => a != controlArm).ToList();
        var colors = new Dictionary<string, Color>(StringComparer.Ordinal);
        for (int i = 0; i < others.Count; i++) colors[others[i]] = TreatmentColors[i % TreatmentColors.Count];
        if (controlArm is not null) colors[controlArm] = ControlColor;
        if (overrides is not null)
        {
            foreach (var (arm, color) in overrides)
            {
                if (!colors.ContainsKey(arm)) throw new ArgumentException($"The override arm '{arm}' is not one of the arms.", nameof(overrides));
                colors[arm] = color;
            }
        }
        var order = controlArm is null ? others : [.. others, controlArm];
        return new ArmColors(order, controlArm, colors);
    }

    /// <summary>The map for the arms of a safety analysis (actual arms; control arm as in its options).</summary>
    /// <param name="results">The safety results.</param>
    public static ArmColors For(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Create(results.Arms.Select(a => a.Arm), results.ControlArm);
    }

    /// <summary>The map for the arms of an efficacy analysis (planned arms; its control arm).</summary>
    /// <param name="results">The efficacy results.</param>
    public static ArmColors For(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Create(results.Arms, results.ControlArm);
    }

    /// <summary>Whether <paramref name="other"/> has the same arms in the same order, the same control arm and the same colour for every arm.</summary>
    /// <param name="other">The other map.</param>
    public bool Equals(ArmColors? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ControlArm == other.ControlArm && Arms.SequenceEqual(other.Arms, StringComparer.Ordinal)
                && _colors.All(kv => other._colors.TryGetValue(kv.Key, out var c) && c.Equals(kv.Value))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArmColors);

    /// <summary>A hash code consistent with <see cref="Equals(ArmColors?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ControlArm, StringComparer.Ordinal);
        foreach (var arm in Arms)
        {
            hash.Add(arm, StringComparer.Ordinal);
            hash.Add(_colors[arm]);
        }
        return hash.ToHashCode();
    }

    /// <summary>A copy with one arm's colour replaced.</summary>
    /// <param name="arm">A known arm.</param>
    /// <param name="color">Its colour.</param>
    /// <exception cref="ArgumentException">An unknown arm.</exception>
    public ArmColors With(string arm, Color color)
    {
        _ = ColorOf(arm);
        var copy = new Dictionary<string, Color>(_colors, StringComparer.Ordinal) { [arm] = color };
        return new ArmColors(Arms, ControlArm, copy);
    }
}
