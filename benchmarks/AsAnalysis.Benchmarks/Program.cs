using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsAnalysis.Benchmarks;

/// <summary>Entry point: runs the benchmark classes of this assembly selected by the command-line arguments.</summary>
public static class Program
{
    /// <summary>Runs BenchmarkDotNet's switcher (e.g. <c>--filter '*TwoByTwo*'</c>, <c>--list flat</c>), or with the first
    /// argument <c>scale</c> the one-shot phase breakdown of <see cref="Scale.ScaleRun"/>.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments, or <c>scale</c> and its options.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        // `scale ...`: the one-shot phase breakdown at 10k/100k subjects (Scale/ScaleRun.cs), outside BenchmarkDotNet.
        if (args.Length > 0 && args[0] == "scale") return Scale.ScaleRun.Run(args[1..]);
        // In-process toolchain: no separate build per benchmark, much quicker on a shared 2-core machine.
        // A short job keeps a full run in minutes; pass --job to override on the command line.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
