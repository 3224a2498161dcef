// Volatile.Read and Volatile.Write on int, long, bool, double, string, a field of an object and an array element, and a stop flag a pool thread writes while Main polls it between sleeps, then spinning with Thread.Sleep(0).
using System;
using System.Threading;
using System.Threading.Tasks;

class Stats
{
    public int Count;
    public string Last;
}

static class Program
{
    static bool stop;
    static long total;

    // ConfigureAwait(false): under a SynchronizationContext the continuation must not wait for
    // the polling thread, which never gives it a turn.
    static async Task StopLaterAsync(int ms)
    {
        await Task.Delay(ms).ConfigureAwait(false);
        Volatile.Write(ref total, 1L << 40);
        Volatile.Write(ref stop, true);
    }

    static void Main()
    {
        int n = 1;
        Volatile.Write(ref n, 5);
        double d = 0;
        Volatile.Write(ref d, 2.5);
        string s = "old";
        Volatile.Write(ref s, "new");
        Console.WriteLine("locals: " + Volatile.Read(ref n) + ", " + Volatile.Read(ref d) + ", " + Volatile.Read(ref s));

        Stats stats = new Stats();
        Volatile.Write(ref stats.Count, 3);
        Volatile.Write(ref stats.Last, "field");
        int[] slots = new int[3];
        Volatile.Write(ref slots[1], 9);
        Console.WriteLine("field and element: " + Volatile.Read(ref stats.Count) + ", " + Volatile.Read(ref stats.Last) + ", " + Volatile.Read(ref slots[1]));

        Task stopper = StopLaterAsync(100);
        int polls = 0;
        while (!Volatile.Read(ref stop))
        {
            polls++;
            Thread.Sleep(10);
        }
        Console.WriteLine("stop seen after polling: " + (polls > 0) + ", total " + Volatile.Read(ref total));
        stopper.Wait();

        // Thread.Sleep(0) gives up the thread's turn: the timer and its continuation get theirs.
        Volatile.Write(ref stop, false);
        Task again = StopLaterAsync(100);
        int spins = 0;
        while (!Volatile.Read(ref stop))
        {
            spins++;
            Thread.Sleep(0);
        }
        Console.WriteLine("stop seen spinning with Sleep(0): " + (spins > 0));
        again.Wait();
    }
}
