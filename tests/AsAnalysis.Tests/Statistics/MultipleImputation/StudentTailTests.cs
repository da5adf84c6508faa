using AsAnalysis.Statistics.MultipleImputation;

namespace AsAnalysis.Tests.Statistics.MultipleImputation;

/// <summary>Student t quantiles and two-sided tails for Rubin's degrees of freedom (below 1 to 10^9) against R 4.2.2.</summary>
public class StudentTailTests
{
    /// <summary>R: for (df in ...) c(qt(0.975, df), qt(0.95, df), 2 * pt(-0.8, df), 2 * pt(-7.5, df)) (mi-reference.R).</summary>
    public static TheoryData<double, double, double, double, double> Rows() => new()
    {
        { 0.050000000000000003, 1.1958337585474908e+25, 11404359422183997440, 0.90631033451563148, 0.81113948019202775 },
        { 0.5, 164.55767348049446, 41.136000092879868, 0.65474073566514734, 0.23389594387035023 },
        { 1, 12.706204736174694, 6.3137515146750376, 0.57044657495455475, 0.084384926317682712 },
        { 2.5, 3.5746548420036919, 2.5582186141359453, 0.49267400985272308, 0.0089520565749321556 },
        { 10, 2.2281388519862739, 1.8124611228116756, 0.4423004191415415, 2.0627970961181819e-05 },
        { 52.806059275185753, 2.0059179717928521, 1.6742256225256562, 0.42729514231454457, 7.229240063877399e-10 },
        { 2603.2671604938296, 1.9608756680804558, 1.645439166100954, 0.4237837909421539, 8.7024088132117188e-14 },
        { 1e+06, 1.9599663568141066, 1.644855150722039, 0.42371098720441236, 6.38701147371485e-14 },
        { 1e+09, 1.9599639869123249, 1.6448536284752406, 0.4237107973568307, 6.3817885720055746e-14 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void MatchesR(double df, double q975, double q95, double tail08, double tail75)
    {
        TableAssert.Close(q975, StudentTail.Quantile(0.05, df), TableAssert.Iterative, $"qt(0.975, {df})");
        TableAssert.Close(q95, StudentTail.Quantile(0.10, df), TableAssert.Iterative, $"qt(0.95, {df})");
        TableAssert.Close(tail08, StudentTail.TwoSided(0.8, df), TableAssert.Iterative, $"2 pt(-0.8, {df})");
        TableAssert.Close(tail75, StudentTail.TwoSided(-7.5, df), TableAssert.Iterative, $"2 pt(-7.5, {df})");
    }

    [Fact]
    public void EdgeValues()
    {
        Assert.Equal(1.0, StudentTail.TwoSided(0, 5));
        Assert.Equal(0.0, StudentTail.TwoSided(double.PositiveInfinity, 5));
    }
}
