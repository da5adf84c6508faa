using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace AsAnalysis.Notebooks.Tests;

/// <summary>
/// A real <c>dotnet-interactive stdio</c> kernel (the local tool of .config/dotnet-tools.json), driven with its JSON
/// protocol: one <c>SubmitCode</c> command envelope per line on stdin, event envelopes on stdout. A submission ends with
/// <c>CommandSucceeded</c> or <c>CommandFailed</c> for its token; child commands (e.g. the extension loading) carry
/// tokens that extend it.
/// </summary>
internal sealed class StdioKernel : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;
    private int _submissions;

    private StdioKernel(Process process)
    {
        _process = process;
        _stdoutPump = Task.Run(PumpStdoutAsync);
        _stderrPump = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
                lock (_stderr) _stderr.AppendLine(line);
        });
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts the kernel in <paramref name="workingDirectory"/> (inside the repository, so the tool manifest is found) and waits for <c>KernelReady</c>.</summary>
    public static async Task<StdioKernel> StartAsync(string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp" })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var kernel = new StdioKernel(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            while (true)
            {
                var e = await kernel._events.Reader.ReadAsync(cts.Token);
                if ((string?)e["eventType"] == "KernelReady") return kernel;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            var stderr = kernel.Stderr;
            await kernel.DisposeAsync();
            throw new InvalidOperationException($"dotnet-interactive did not report KernelReady within {timeout}. stderr:\n{stderr}", ex);
        }
    }

    /// <summary>Submits C# code and returns the errors (CommandFailed / ErrorProduced messages) and text/html outputs.</summary>
    public async Task<(IReadOnlyList<string> Errors, IReadOnlyList<string> Html)> SubmitAsync(string code, TimeSpan timeout)
    {
        var token = $"asanalysis-{++_submissions}";
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
        };
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString());
        await _process.StandardInput.FlushAsync();

        var errors = new List<string>();
        var html = new List<string>();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cts.Token);
                var eventToken = (string?)e["command"]?["token"];
                if (eventToken is null || !(eventToken == token || eventToken.StartsWith(token + ".", StringComparison.Ordinal))) continue;
                var type = (string?)e["eventType"];
                switch (type)
                {
                    case "ErrorProduced":
                        errors.Add("ErrorProduced: " + (string?)e["event"]?["message"]);
                        break;
                    case "CommandFailed" when eventToken == token:
                        errors.Add("CommandFailed: " + (string?)e["event"]?["message"]);
                        return (errors, html);
                    case "CommandSucceeded" when eventToken == token:
                        return (errors, html);
                    case "ReturnValueProduced" or "DisplayedValueProduced" or "DisplayedValueUpdated" or "StandardOutputValueProduced":
                        if (e["event"]?["formattedValues"] is JsonArray values)
                        {
                            html.AddRange(values.Where(v => (string?)v?["mimeType"] == "text/html").Select(v => (string?)v?["value"] ?? string.Empty));
                        }
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            errors.Add($"no CommandSucceeded/CommandFailed within {timeout} (kernel exited: {_process.HasExited}). stderr:\n{Stderr}");
            return (errors, html);
        }
    }

    private async Task PumpStdoutAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                // The tool prints a banner before the protocol starts: keep JSON objects only.
                if (!line.StartsWith('{')) continue;
                JsonNode? node;
                try { node = JsonNode.Parse(line); }
                catch (JsonException) { continue; }
                if (node is JsonObject obj) _events.Writer.TryWrite(obj);
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    /// <summary>Stops the kernel. It does not exit when stdin closes (it keeps polling), so the process tree is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        try { _process.StandardInput.Close(); } catch (IOException) { }
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).ContinueWith(_ => { });
        await Task.WhenAny(Task.WhenAll(_stdoutPump, _stderrPump), Task.Delay(5000));
        _process.Dispose();
    }
}
