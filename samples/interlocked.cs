// System.Threading.Interlocked: Increment, Decrement, Add (wrapping, even in checked code), Exchange,
// CompareExchange (by value, and by reference on objects), Read; on locals, fields, statics and array
// elements; three async workers counting through one static field.
using System;
using System.Threading;
using System.Threading.Tasks;

class Counter
{
    int hits;
    static long total;
    object owner;

    public int Hit() => Interlocked.Increment(ref hits);
    public long AddTotal(long v) => Interlocked.Add(ref total, v);
    public bool Claim(object who) => Interlocked.CompareExchange(ref owner, who, null) == null;
    public object Owner => owner;
    public int Hits => hits;
}

class Program
{
    static int shared;
    static int[] slots = new int[3];

    static async Task Worker(int id, int times)
    {
        for (int i = 0; i < times; i++)
        {
            Interlocked.Increment(ref shared);
            await Task.Yield();
        }
    }

    static int Next() { Console.WriteLine("Next runs"); return 2; }

    static async Task Main()
    {
        int x = 5;
        Console.WriteLine(Interlocked.Increment(ref x) + " " + x);
        Console.WriteLine(Interlocked.Decrement(ref x) + " " + x);
        Console.WriteLine(Interlocked.Add(ref x, 10) + " " + x);
        Console.WriteLine(Interlocked.Exchange(ref x, 42) + " " + x);
        Console.WriteLine(Interlocked.CompareExchange(ref x, 7, 41) + " " + x);
        Console.WriteLine(Interlocked.CompareExchange(ref x, 7, 42) + " " + x);

        int max = int.MaxValue;
        Console.WriteLine(Interlocked.Increment(ref max));
        long big = long.MaxValue;
        checked
        {
            Console.WriteLine(Interlocked.Add(ref big, 1));
        }
        Console.WriteLine(Interlocked.Read(ref big));

        Interlocked.Increment(ref slots[1]);
        Interlocked.Add(ref slots[Next()], 5);
        Console.WriteLine(string.Join(",", slots));

        var c = new Counter();
        c.Hit(); c.Hit();
        Console.WriteLine(c.Hits + " " + c.AddTotal(100) + " " + c.AddTotal(-30));
        Console.WriteLine(c.Claim("first") + " " + c.Claim("second") + " " + c.Owner);

        string s = "a";
        string prev = Interlocked.Exchange(ref s, "b");
        Console.WriteLine(prev + " -> " + s);

        await Task.WhenAll(Worker(1, 100), Worker(2, 100), Worker(3, 100));
        Console.WriteLine(shared);
    }
}
