using Microsoft.DotNet.Interactive;

namespace AsAnalysis.Interactive;

/// <summary>
/// The .NET Interactive kernel extension shipped in the AsAnalysis package under <c>interactive-extensions/dotnet/</c>.
/// When a notebook runs <c>#r "nuget: AsAnalysis"</c>, the kernel scans that folder, finds this public
/// <see cref="IKernelExtension"/> and calls <see cref="OnLoadAsync"/>, which registers the HTML formatters of
/// <see cref="AsAnalysisFormatters"/>: no setup cell is needed.
/// </summary>
public sealed class AsAnalysisKernelExtension : IKernelExtension
{
    /// <summary>Registers the AsAnalysis HTML formatters (idempotent).</summary>
    /// <param name="kernel">The kernel loading the extension (formatters are process-wide, so it is not used).</param>
    public Task OnLoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        AsAnalysisFormatters.Register();
        return Task.CompletedTask;
    }
}
