namespace AsAnalysis.Cli.Generation;

/// <summary>
/// A small seeded pseudo-random generator (xoshiro256**, seeded by SplitMix64) whose output depends only on the seed:
/// no runtime, platform or library version changes it. Normal and log-normal variates use only IEEE additions,
/// multiplications and divisions (no libm calls), so generated values are bit-identical everywhere.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates a generator for a seed and a stream number (independent streams for, e.g., each subject).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream number.</param>
    public DeterministicRandom(long seed, long stream = 0)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL ^ 0x5DEECE66DUL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            var z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="maxExclusive">Upper bound, positive.</param>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)(NextUInt64() % (ulong)maxExclusive); // modulo bias is negligible for small bounds
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound, at least <paramref name="min"/>.</param>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability.</param>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>
    /// An approximately standard normal variate: the Irwin-Hall sum of 12 uniforms minus 6 (mean 0, variance 1, range ±6).
    /// Good enough for synthetic data and free of transcendental functions.
    /// </summary>
    public double Normal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++) sum += NextDouble();
        return sum - 6.0;
    }

    /// <summary>Picks an index with the given relative weights.</summary>
    /// <param name="weights">Non-negative weights, not all zero.</param>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.Length - 1;
    }

    /// <summary>exp(x) computed with basic IEEE operations only (range reduction and a Taylor series), bit-identical everywhere.</summary>
    /// <param name="x">The exponent, |x| below about 700.</param>
    public static double Exp(double x)
    {
        const double Ln2 = 0.6931471805599453;
        var k = Math.Round(x / Ln2);
        var r = x - k * Ln2;
        double term = 1, sum = 1;
        for (var n = 1; n <= 20; n++)
        {
            term = term * r / n;
            sum += term;
        }
        return Math.ScaleB(sum, (int)k);
    }
}
