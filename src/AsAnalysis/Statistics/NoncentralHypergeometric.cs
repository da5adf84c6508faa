namespace AsAnalysis.Statistics;

/// <summary>
/// Fisher's noncentral hypergeometric distribution of X (the treatment events) given the margins, with odds
/// ratio psi = exp(theta): P(X = x) proportional to C(n1, x) C(n2, k - x) psi^x. This is what R's
/// <c>fisher.test</c> uses (its <c>dnhyper</c>, <c>mnhyper</c>, <c>pnhyper</c>) for the conditional MLE and the
/// exact interval of the odds ratio. Weights are normalised by their maximum in log space, so any theta is safe.
/// </summary>
internal sealed class NoncentralHypergeometric
{
    private readonly double[] logCentral;
    private readonly double[] weights;

    internal NoncentralHypergeometric(int n1, int n2, int k)
    {
        var central = new CentralHypergeometric(n1, n2, k);
        Lo = central.Lo;
        Hi = central.Hi;
        logCentral = new double[Hi - Lo + 1];
        for (int x = Lo; x <= Hi; x++) logCentral[x - Lo] = central.LogPmf(x);
        weights = new double[logCentral.Length];
    }

    internal int Lo { get; }
    internal int Hi { get; }

    /// <summary>Fills the unnormalised weights at log odds ratio theta (exactly 0 below e^-750 of the largest, where
    /// exp underflows anyway, which saves the exponentials far from the mode) and returns their sum.</summary>
    private double Weigh(double theta)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logCentral.Length; i++)
        {
            double v = logCentral[i] + theta * (Lo + i);
            weights[i] = v;
            if (v > max) max = v;
        }
        double floor = max - 750, sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double v = weights[i];
            weights[i] = v < floor ? 0.0 : Math.Exp(v - max);
            sum += weights[i];
        }
        return sum;
    }

    /// <summary>E[X] at log odds ratio theta.</summary>
    internal double Mean(double theta)
    {
        double sum = Weigh(theta);
        double m = 0;
        for (int i = 0; i < weights.Length; i++) m += (Lo + i) * weights[i];
        return m / sum;
    }

    /// <summary>P(X &lt;= x) at log odds ratio theta.</summary>
    internal double LowerTail(int x, double theta)
    {
        double sum = Weigh(theta);
        double t = 0;
        for (int i = 0; i <= x - Lo; i++) t += weights[i];
        return Math.Min(1.0, t / sum);
    }

    /// <summary>P(X &gt;= x) at log odds ratio theta.</summary>
    internal double UpperTail(int x, double theta)
    {
        double sum = Weigh(theta);
        double t = 0;
        for (int i = weights.Length - 1; i >= x - Lo; i--) t += weights[i];
        return Math.Min(1.0, t / sum);
    }
}
