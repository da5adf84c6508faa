using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

/// <summary>The ITT population by planned arm with the control arm checked (shared by the endpoint-level analyses).</summary>
internal static class IttArms
{
    /// <summary>ITT subjects and arms: the control first, then the other ITT arms in ordinal order.</summary>
    /// <exception cref="ArgumentException">The control arm has no ITT subject (parameter name <paramref name="paramName"/>).</exception>
    public static (Subject[] Itt, string[] Arms) Resolve(TrialData data, string controlArm, string paramName)
    {
        var itt = data.Subjects.Where(s => s.Itt).ToArray();
        var names = itt.Select(s => s.PlannedArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (!names.Contains(controlArm, StringComparer.Ordinal))
            throw new ArgumentException(
                $"The control arm '{controlArm}' has no ITT subject; ITT arms are: {string.Join(", ", names.Select(a => $"'{a}'"))}.", paramName);
        return (itt, [controlArm, .. names.Where(a => a != controlArm)]);
    }
}
