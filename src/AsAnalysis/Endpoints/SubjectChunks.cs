using System.Runtime.ExceptionServices;

namespace AsAnalysis.Endpoints;

/// <summary>
/// Deterministic data parallelism over subjects: the range is cut into contiguous chunks processed on the thread pool,
/// each with its own state; the states come back in chunk order, so combining them in order gives what a sequential
/// loop gives, and the exception thrown is the one of the first failing item in order.
/// </summary>
internal static class SubjectChunks
{
    /// <summary>Items per chunk at least: small data sets run inline on the calling thread.</summary>
    private const int MinimumChunk = 2048;

    /// <summary>Tests: a smaller minimum chunk for calls from this thread, so that small data run in parallel too.</summary>
    [ThreadStatic]
    internal static int? MinimumChunkOverride;

    /// <summary>Runs <paramref name="body"/> for every index of [0, <paramref name="count"/>).</summary>
    /// <param name="count">Number of items.</param>
    /// <param name="create">Makes the state of one chunk.</param>
    /// <param name="body">Processes one item into its chunk's state.</param>
    /// <returns>The chunks' states in order.</returns>
    public static TState[] Run<TState>(int count, Func<TState> create, Action<TState, int> body)
    {
        var chunks = Math.Clamp(count / (MinimumChunkOverride ?? MinimumChunk), 1, Math.Max(2, Environment.ProcessorCount) * 4);
        var states = new TState[chunks];
        if (chunks == 1)
        {
            states[0] = create();
            for (var i = 0; i < count; i++) body(states[0], i);
            return states;
        }
        var errors = new ExceptionDispatchInfo?[chunks];
        Parallel.For(0, chunks, c =>
        {
            var state = create();
            int from = (int)((long)count * c / chunks), to = (int)((long)count * (c + 1) / chunks);
            try
            {
                for (var i = from; i < to; i++) body(state, i);
            }
            catch (Exception e)
            {
                errors[c] = ExceptionDispatchInfo.Capture(e);
            }
            states[c] = state;
        });
        foreach (var error in errors) error?.Throw();
        return states;
    }
}
