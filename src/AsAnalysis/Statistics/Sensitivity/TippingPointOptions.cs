using System.ComponentModel.DataAnnotations;

namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>Options of <see cref="TippingPoint.Analyze"/>.</summary>
public sealed record TippingPointOptions
{
    private readonly DifferenceCiMethod _ciMethod = DifferenceCiMethod.Newcombe;
    private readonly double _level = 0.95;
    private readonly TestMethod _test = TestMethod.Fisher;
    private readonly double _alpha = 0.05;

    /// <summary>Newcombe interval at 95%, Fisher's exact test at alpha 0.05.</summary>
    public static TippingPointOptions Default { get; } = new();

    /// <summary>Interval of the difference in each cell; default <see cref="DifferenceCiMethod.Newcombe"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined method.</exception>
    public DifferenceCiMethod CiMethod
    {
        get => _ciMethod;
        init => _ciMethod = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(CiMethod), value, "Unknown interval method.");
    }

    /// <summary>Confidence level of the intervals, in (0, 1); default 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double Level
    {
        get => _level;
        init { ConfidenceInterval.ValidateLevel(value, nameof(Level)); _level = value; }
    }

    /// <summary>
    /// Two-sided test of each cell; default <see cref="TestMethod.Fisher"/>. Also <see cref="TestMethod.ChiSquare"/>,
    /// <see cref="TestMethod.ChiSquareYates"/>, <see cref="TestMethod.Boschloo"/> and <see cref="TestMethod.Barnard"/>
    /// (pooled variance); the exact unconditional tests cost milliseconds per cell, so keep their grids small.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Another or an undefined test.</exception>
    [AllowedValues(TestMethod.Fisher, TestMethod.ChiSquare, TestMethod.ChiSquareYates, TestMethod.Boschloo, TestMethod.Barnard)]
    public TestMethod Test
    {
        get => _test;
        init => _test = value is TestMethod.Fisher or TestMethod.ChiSquare or TestMethod.ChiSquareYates or TestMethod.Boschloo or TestMethod.Barnard
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Test), value, "The tipping-point grid takes a 2x2 test: Fisher, ChiSquare, ChiSquareYates, Boschloo or Barnard.");
    }

    /// <summary>Significance level of the test, in (0, 1); a cell is significant when p &lt; alpha. Default 0.05.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double Alpha
    {
        get => _alpha;
        init => _alpha = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Alpha), value, "Alpha must lie strictly between 0 and 1.");
    }
}
