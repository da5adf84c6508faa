using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsAnalysis.Benchmarks;

/// <summary>Entry point: runs the benchmark classes of this assembly selected by the command-line arguments.</summary>
public static class Program
{
    /// <summary>Runs BenchmarkDotNet's switcher (e.g. <c>--filter '*TwoByTwo*'</c>, <c>--list flat</c>).</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static void Main(string[] args)
    {
        // In-process toolchain: no separate build per benchmark, much quicker on a shared 2-core machine.
        // A short job keeps a full run in minutes; pass --job to override on the command line.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
