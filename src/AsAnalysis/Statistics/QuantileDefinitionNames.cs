namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="QuantileDefinition"/> (sample quantile definitions): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class QuantileDefinitionNames
{
    /// <summary>The code: <c>r_type_1</c> to <c>r_type_9</c>.</summary>
    /// <param name="definition">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="QuantileDefinition"/>.</exception>
    public static string Code(this QuantileDefinition definition) => definition switch
    {
        QuantileDefinition.RType1 => "r_type_1",
        QuantileDefinition.RType2 => "r_type_2",
        QuantileDefinition.RType3 => "r_type_3",
        QuantileDefinition.RType4 => "r_type_4",
        QuantileDefinition.RType5 => "r_type_5",
        QuantileDefinition.RType6 => "r_type_6",
        QuantileDefinition.RType7 => "r_type_7",
        QuantileDefinition.RType8 => "r_type_8",
        QuantileDefinition.RType9 => "r_type_9",
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };

    /// <summary>The figure label: <c>R type 1</c> to <c>R type 9</c>.</summary>
    /// <param name="definition">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="QuantileDefinition"/>.</exception>
    public static string ShortLabel(this QuantileDefinition definition) => definition switch
    {
        QuantileDefinition.RType1 => "R type 1",
        QuantileDefinition.RType2 => "R type 2",
        QuantileDefinition.RType3 => "R type 3",
        QuantileDefinition.RType4 => "R type 4",
        QuantileDefinition.RType5 => "R type 5",
        QuantileDefinition.RType6 => "R type 6",
        QuantileDefinition.RType7 => "R type 7",
        QuantileDefinition.RType8 => "R type 8",
        QuantileDefinition.RType9 => "R type 9",
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };

    /// <summary>The words for the methods text and the report settings: the R type with its SAS <c>QNTLDEF</c> where there is one, e.g. <c>R type 2 (SAS QNTLDEF=5)</c>.</summary>
    /// <param name="definition">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="QuantileDefinition"/>.</exception>
    public static string Label(this QuantileDefinition definition) => definition switch
    {
        QuantileDefinition.RType1 => "R type 1 (SAS QNTLDEF=3)",
        QuantileDefinition.RType2 => "R type 2 (SAS QNTLDEF=5)",
        QuantileDefinition.RType3 => "R type 3 (SAS QNTLDEF=2)",
        QuantileDefinition.RType4 => "R type 4 (SAS QNTLDEF=1)",
        QuantileDefinition.RType5 => "R type 5",
        QuantileDefinition.RType6 => "R type 6 (SAS QNTLDEF=4)",
        QuantileDefinition.RType7 => "R type 7",
        QuantileDefinition.RType8 => "R type 8",
        QuantileDefinition.RType9 => "R type 9",
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };
}
