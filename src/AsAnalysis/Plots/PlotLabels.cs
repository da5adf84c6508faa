using AsAnalysis.Endpoints;
using AsAnalysis.Statistics;

namespace AsAnalysis.Plots;

/// <summary>
/// The former figure labels. Figures now take their words from each enum's names type (<c>ShortLabel</c>, e.g.
/// <see cref="ResponderEndpointNames.ShortLabel"/>, and <see cref="ContinuousEndpointNames.Unit"/>); these forwarders
/// remain for one release.
/// </summary>
public static class PlotLabels
{
    /// <summary>Display name of a responder endpoint; the same as <see cref="ResponderEndpointNames.ShortLabel"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use ShortLabel (ResponderEndpointNames).", false)]
    public static string Display(this ResponderEndpoint endpoint) => endpoint.ShortLabel();

    /// <summary>Display name of a continuous endpoint; the same as <see cref="ContinuousEndpointNames.ShortLabel"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use ShortLabel (ContinuousEndpointNames).", false)]
    public static string Display(this ContinuousEndpoint endpoint) => endpoint.ShortLabel();

    /// <summary>Unit of a continuous endpoint for axis titles; the same as <see cref="ContinuousEndpointNames.Unit"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use Unit (ContinuousEndpointNames).", false)]
    public static string Unit(ContinuousEndpoint endpoint) => endpoint.Unit();

    /// <summary>Short name of a missing-data handling; the same as <see cref="ImputationNames.ShortLabel"/>.</summary>
    /// <param name="imputation">The handling.</param>
    [Obsolete("Use ShortLabel (ImputationNames).", false)]
    public static string Display(this Imputation imputation) => imputation.ShortLabel();

    /// <summary>Display name of a difference interval method; the same as <see cref="DifferenceCiMethodNames.ShortLabel"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use ShortLabel (DifferenceCiMethodNames).", false)]
    public static string Display(this DifferenceCiMethod method) => method.ShortLabel();

    /// <summary>Display name of a proportion interval method; the same as <see cref="ProportionCiMethodNames.ShortLabel"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use ShortLabel (ProportionCiMethodNames).", false)]
    public static string Display(this ProportionCiMethod method) => method.ShortLabel();
}
