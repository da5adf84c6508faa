using BenchmarkDotNet.Running;

// Runs every benchmark class of this assembly; quick in-process run on a small machine, e.g.
//   dotnet run -c Release --project benchmarks/AsAnalysis.Benchmarks -- --filter "*" --inProcess --job short
// (--inProcess selects BenchmarkDotNet's InProcessEmitToolchain).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
