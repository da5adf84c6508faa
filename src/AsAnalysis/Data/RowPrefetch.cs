using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace AsAnalysis.Data;

/// <summary>
/// Reads a table's rows on a second thread while the converter validates the rows already read: a bounded queue of row
/// batches between the two (at most <see cref="Capacity"/> batches of <see cref="BatchSize"/> rows wait). The rows come
/// out in the same order, and an exception of the reader comes out after the rows read before it, as if read inline;
/// when the consumer stops early, the reader is stopped and its file closed before the enumeration ends.
/// </summary>
internal static class RowPrefetch
{
    /// <summary>Rows per batch handed over.</summary>
    internal const int BatchSize = 1024;

    /// <summary>Batches that may wait (bounds the rows in flight to a few thousand, little enough to stay in the youngest GC generation).</summary>
    internal const int Capacity = 4;

    /// <summary>The rows of <paramref name="rows"/>, read ahead on a thread of its own.</summary>
    /// <param name="rows">The rows (enumerated once, on the other thread).</param>
    public static IEnumerable<RawRow> Of(IEnumerable<RawRow> rows)
    {
        using var queue = new BlockingCollection<RawRow[]>(Capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? error = null;
        // A thread of its own (long-running), not a pool thread: a consumer blocked on the queue must not wait for the pool
        // to grow a thread for its reader (loads run from pool threads too, e.g. in parallel tests).
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<RawRow>(BatchSize);
                try
                {
                    foreach (var row in rows)
                    {
                        batch.Add(row);
                        if (batch.Count < BatchSize) continue;
                        queue.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    error = ExceptionDispatchInfo.Capture(e); // thrown to the consumer after the rows read before it
                }
                if (batch.Count > 0) queue.Add([.. batch], stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped: nothing more is wanted.
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
                foreach (var row in batch)
                    yield return row;
            reader.Wait();
            error?.Throw();
        }
        finally
        {
            stop.Cancel();
            try { reader.Wait(); }
            catch (AggregateException) { } // the reader catches everything itself; nothing is expected here
        }
    }
}
