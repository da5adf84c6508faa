namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// Multiple imputation of a responder endpoint combined by Rubin's rules (<see cref="ResponderImputation.Run"/>):
/// the completed tables, per-arm rates, the difference (treatment minus control) and the two ratios.
/// </summary>
/// <param name="Options">Options used (M, seed, model, level, complete-data df).</param>
/// <param name="TreatmentTotal">All treatment subjects (observed and imputed).</param>
/// <param name="TreatmentMissing">Treatment subjects whose response was imputed.</param>
/// <param name="ControlTotal">All control subjects.</param>
/// <param name="ControlMissing">Control subjects whose response was imputed.</param>
/// <param name="CompletedTables">One completed table per imputation, in imputation order (empty when undefined).</param>
/// <param name="TreatmentRate">Treatment response rate pooled on the probability scale (variance p(1 - p)/n).</param>
/// <param name="ControlRate">Control response rate, likewise.</param>
/// <param name="Difference">Rate difference pooled on its own scale (unpooled Wald variance).</param>
/// <param name="RiskRatio">Risk ratio pooled on the log scale (Katz variance).</param>
/// <param name="OddsRatio">Odds ratio pooled on the log scale (Woolf variance).</param>
public sealed record ResponderImputationResult(ResponderImputationOptions Options, int TreatmentTotal, int TreatmentMissing, int ControlTotal, int ControlMissing,
    IReadOnlyList<TwoByTwoTable> CompletedTables, RubinPooled TreatmentRate, RubinPooled ControlRate, RubinPooled Difference, PooledRatio RiskRatio, PooledRatio OddsRatio)
{
    /// <summary>M.</summary>
    public int Imputations => Options.Imputations;
    /// <summary>The seed of the random stream.</summary>
    public int Seed => Options.Seed;
    /// <summary>The imputation model.</summary>
    public ImputationModel Model => Options.Model;
    /// <summary>Fraction of missing information of the difference.</summary>
    public double FractionMissingInformation => Difference.FractionMissingInformation;
}
