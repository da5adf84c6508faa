namespace AsAnalysis.Statistics;

/// <summary>
/// Sample quantile definitions, numbered as R's <c>quantile(type = k)</c> (Hyndman and Fan 1996);
/// each member names its SAS <c>QNTLDEF</c> equivalent where one exists. The quartiles and the median of a
/// <see cref="DescriptiveSummary"/> follow the chosen definition (as SAS does with <c>QNTLDEF</c>).
/// </summary>
/// <remarks>Its code, short label and label: <see cref="QuantileDefinitionNames"/>.</remarks>
public enum QuantileDefinition
{
    /// <summary>R type 1, SAS <c>QNTLDEF=3</c>: inverse of the empirical distribution function.</summary>
    RType1 = 1,
    /// <summary>
    /// R type 2, SAS <c>QNTLDEF=5</c> (the SAS default in PROC UNIVARIATE and PROC MEANS): inverse of the empirical
    /// distribution function, averaging at discontinuities. The library default, because clinical tables follow SAS.
    /// </summary>
    RType2 = 2,
    /// <summary>R type 3, SAS <c>QNTLDEF=2</c>: nearest even order statistic.</summary>
    RType3 = 3,
    /// <summary>R type 4, SAS <c>QNTLDEF=1</c>: linear interpolation of the empirical distribution function.</summary>
    RType4 = 4,
    /// <summary>R type 5: piecewise linear with knots at the midpoints (no SAS equivalent).</summary>
    RType5 = 5,
    /// <summary>R type 6, SAS <c>QNTLDEF=4</c> (also Minitab and SPSS): p(n + 1) interpolation.</summary>
    RType6 = 6,
    /// <summary>R type 7, R's default (also Excel <c>PERCENTILE</c>, numpy's default): 1 + p(n - 1) interpolation. No SAS equivalent.</summary>
    RType7 = 7,
    /// <summary>R type 8: approximately median-unbiased, recommended by Hyndman and Fan (no SAS equivalent).</summary>
    RType8 = 8,
    /// <summary>R type 9: approximately unbiased for normal data (no SAS equivalent).</summary>
    RType9 = 9,
}
