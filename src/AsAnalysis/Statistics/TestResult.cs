namespace AsAnalysis.Statistics;

/// <summary>The result of a hypothesis test.</summary>
/// <param name="Method">The test performed.</param>
/// <param name="Statistic">Test statistic (NaN when the test has none or it is undefined).</param>
/// <param name="PValue">Two-sided p-value unless stated otherwise (NaN when undefined).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom where the reference distribution has them, else NaN.</param>
public sealed record TestResult(TestMethod Method, double Statistic, double PValue, double DegreesOfFreedom = double.NaN)
{
    /// <summary>The method's ard.csv code, <c>Method.Code()</c> (e.g. <c>fisher</c>).</summary>
    public string MethodName => Method.Code();
}
