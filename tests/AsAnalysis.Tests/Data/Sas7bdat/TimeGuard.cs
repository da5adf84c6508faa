namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>Runs work on the thread pool and fails the test when it does not finish in time (a hang guard, not a timing measurement).</summary>
internal static class TimeGuard
{
    public static async Task<T> Within<T>(TimeSpan limit, Func<T> work)
    {
        var task = Task.Run(work);
        var first = await Task.WhenAny(task, Task.Delay(limit));
        Assert.True(first == task, $"the work did not finish within {limit.TotalSeconds:F0} s");
        return await task;
    }
}
