using AsAnalysis.Data;
namespace AsAnalysis.Endpoints;

/// <summary>
/// The missing responses behind the binary efficacy results, per endpoint, analysis visit and treatment arm, for the
/// sensitivity analyses of ICH E9(R1): the tipping-point grid and multiple imputation (see
/// <see cref="ResponderSensitivityData"/>).
/// </summary>
public static class ResponderSensitivity
{
    /// <summary>The endpoints prepared by <see cref="PrepareAll"/> by default: ASAS20 and ASAS40.</summary>
    public static IReadOnlyList<ResponderEndpoint> DefaultEndpoints { get; } = Array.AsReadOnly(new[] { ResponderEndpoint.Asas20, ResponderEndpoint.Asas40 });

    /// <summary>
    /// Which ITT subjects of the treatment and control arms have a missing (not evaluable) response at a visit, from the
    /// derivations of <paramref name="results"/> (the same outcomes as its binary analyses).
    /// </summary>
    /// <param name="results">Efficacy results (<see cref="EfficacyAnalysis.Run"/>).</param>
    /// <param name="endpoint">A responder endpoint the results analysed.</param>
    /// <param name="visitWeek">A post-baseline visit the results analysed (AVISITN).</param>
    /// <param name="treatmentArm">The treatment arm; may be omitted when there is only one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">The results have no binary analysis, the endpoint or visit was not analysed,
    /// the arm is not a treatment arm, or it is omitted with several treatment arms.</exception>
    public static ResponderSensitivityData Prepare(EfficacyResults results, ResponderEndpoint endpoint, decimal visitWeek, string? treatmentArm = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Options.Imputations.Count == 0)
            throw new ArgumentException("The results have no binary analysis (no missing-data handling was requested).", nameof(results));
        if (!results.Options.ResponderEndpoints.Contains(endpoint))
            throw new ArgumentException($"The results do not include {endpoint}.", nameof(endpoint));
        if (!results.VisitWeeks.Contains(visitWeek))
            throw new ArgumentException($"The results have no binary analysis at {VisitLabels.Week(visitWeek)}.", nameof(visitWeek));
        if (treatmentArm is null)
        {
            if (results.TreatmentArms.Count != 1)
                throw new ArgumentException($"Name the treatment arm: the results have {results.TreatmentArms.Count}.", nameof(treatmentArm));
            treatmentArm = results.TreatmentArms[0];
        }
        else if (!results.TreatmentArms.Contains(treatmentArm))
            throw new ArgumentException($"'{treatmentArm}' is not a treatment arm of the results.", nameof(treatmentArm));

        // Any handling's arm responses list every ITT subject with the outcome as derived.
        var imputation = results.Options.Imputations[0];
        ArmResponderMissingness Arm(string arm) => new(arm, results.Response(imputation, endpoint, visitWeek, arm).Subjects
            .Select(s => new ResponderObservation(s.UsubjId, s.Observed)).ToArray().AsReadOnly());
        return new ResponderSensitivityData(endpoint, visitWeek, Arm(treatmentArm), Arm(results.ControlArm), results.Endpoints);
    }

    /// <summary>
    /// <see cref="Prepare"/> for each endpoint (default ASAS20 and ASAS40, those the results analysed), each analysis
    /// week (<see cref="EfficacyOptions.AnalysisWeeks"/>) and each treatment arm, in that order.
    /// </summary>
    /// <param name="results">Efficacy results.</param>
    /// <param name="endpoints">Endpoints; default <see cref="DefaultEndpoints"/>. Endpoints the results did not analyse are skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">None of the endpoints was analysed (the list would be empty).</exception>
    public static IReadOnlyList<ResponderSensitivityData> PrepareAll(EfficacyResults results, IEnumerable<ResponderEndpoint>? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var chosen = (endpoints ?? DefaultEndpoints).Where(results.Options.ResponderEndpoints.Contains).Distinct().ToArray();
        if (chosen.Length == 0) throw new ArgumentException("None of the endpoints was analysed.", nameof(endpoints));
        var list = new List<ResponderSensitivityData>();
        foreach (var endpoint in chosen)
            foreach (var week in results.Options.AnalysisWeeks)
                foreach (var arm in results.TreatmentArms)
                    list.Add(Prepare(results, endpoint, week, arm));
        return list.AsReadOnly();
    }
}
