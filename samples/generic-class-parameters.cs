// Optional and `params` parameters after a parameter whose type is a generic class of the
// program: naming `Box<int>` in a signature makes the instance, which must not disturb the
// method's own defaults.
using System;
using System.Threading;
using System.Threading.Tasks;

class Box<T>
{
    public T Value;
    public Box(T value) { Value = value; }
}

interface IFeed<T> { T Next(); }

class Counter : IFeed<int>
{
    int n;
    public int Next() => ++n;
}

static class Ext
{
    public static T Twice<T>(this Box<T> b, int times = 2) { Console.WriteLine("times " + times); return b.Value; }
}

class Program
{
    static int Opt(Box<long> b, int x = 5) => b == null ? x : x + 1;
    static int Count(Box<double> b, params int[] xs) => xs.Length;
    static int Opt3(Box<long> b, int y, int x = 9) => x + y;

    static async Task<int> Dump<T>(IFeed<T> feed, int count = 3, CancellationToken ct = default)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            Console.WriteLine("item " + feed.Next());
        }
        return count;
    }

    static async Task Main()
    {
        Console.WriteLine(Opt(null));
        Console.WriteLine(Opt(new Box<long>(1), 7));
        Console.WriteLine(new Box<string>("s").Twice());
        Console.WriteLine(Count(new Box<double>(1.5), 1, 2, 3));
        Console.WriteLine(Count(null));
        Console.WriteLine(Opt3(null, 1));
        Console.WriteLine(await Dump(new Counter()));
        Console.WriteLine(await Dump(new Counter(), 1));
    }
}
