// Under a SynchronizationContext, an await resumes on the main thread; ConfigureAwait(false)
// resumes on the pool, where there is no context any more, so Task.Yield stays on the pool.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        int main = Environment.CurrentManagedThreadId;
        await Task.Delay(10);
        Console.WriteLine("after await, on main: " + (Environment.CurrentManagedThreadId == main));
        await Task.Delay(10).ConfigureAwait(false);
        Console.WriteLine("after ConfigureAwait(false), on main: " + (Environment.CurrentManagedThreadId == main));
        await Task.Yield();
        Console.WriteLine("after Yield, on main: " + (Environment.CurrentManagedThreadId == main));
    }
}
