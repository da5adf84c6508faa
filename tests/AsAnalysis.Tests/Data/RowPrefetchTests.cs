using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

/// <summary>Rows read ahead on another thread come out as if read inline: same order, errors in place, file closed on an early stop.</summary>
public class RowPrefetchTests
{
    private static IEnumerable<RawRow> Rows(int count, Exception? failAfter = null, Action? disposed = null)
    {
        try
        {
            for (var i = 0; i < count; i++) yield return new RawRow(i + 2, [i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (failAfter is not null) throw failAfter;
        }
        finally
        {
            disposed?.Invoke();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(RowPrefetch.BatchSize)]
    [InlineData(RowPrefetch.BatchSize * RowPrefetch.Capacity * 3 + 17)] // many times what may wait in the queue
    public void Rows_come_out_in_order(int count)
    {
        var lines = RowPrefetch.Of(Rows(count)).Select(r => r.Line).ToList();
        Assert.Equal(Enumerable.Range(2, count).Select(i => (long)i), lines);
    }

    [Fact]
    public void A_reader_error_comes_after_the_rows_read_before_it()
    {
        var seen = new List<long>();
        var error = new IOException("disk gone");
        var thrown = Assert.Throws<IOException>(() =>
        {
            foreach (var row in RowPrefetch.Of(Rows(RowPrefetch.BatchSize + 5, error))) seen.Add(row.Line);
        });
        Assert.Same(error, thrown);
        Assert.Equal(RowPrefetch.BatchSize + 5, seen.Count);
    }

    [Fact]
    public void An_early_stop_closes_the_source_before_the_enumeration_ends()
    {
        var closed = 0;
        var count = 0;
        foreach (var _ in RowPrefetch.Of(Rows(100_000, disposed: () => Interlocked.Increment(ref closed))))
            if (++count == 3) break;
        Assert.Equal(1, Volatile.Read(ref closed));

        // ... and so does an exception of the consumer.
        closed = 0;
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in RowPrefetch.Of(Rows(100_000, disposed: () => Interlocked.Increment(ref closed)))) throw new InvalidOperationException();
        });
        Assert.Equal(1, Volatile.Read(ref closed));
    }
}
