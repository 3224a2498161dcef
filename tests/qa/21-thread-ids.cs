using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> SyncPath()
    {
        return Environment.CurrentManagedThreadId;
    }

    static async Task<bool> SameAcrossCompletedAwait()
    {
        int before = Environment.CurrentManagedThreadId;
        await Task.CompletedTask;
        await Task.FromResult(1);
        return before == Environment.CurrentManagedThreadId;
    }

    static void Main()
    {
        int main = Environment.CurrentManagedThreadId;
        Console.WriteLine("main id positive: " + (main > 0));
        Console.WriteLine("sync path same thread: " + (SyncPath().Result == main));
        Console.WriteLine("completed awaits stay: " + SameAcrossCompletedAwait().Result);
        Console.WriteLine("stable: " + (main == Environment.CurrentManagedThreadId));
        Task<int> t = After();
        int other = t.Result;
        Console.WriteLine("continuation after delay on other thread (blocked main): " + (other != main));
        Console.WriteLine("main still same: " + (main == Environment.CurrentManagedThreadId));
    }

    static async Task<int> After()
    {
        await Task.Delay(20);
        return Environment.CurrentManagedThreadId;
    }
}
