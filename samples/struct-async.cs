// Structs and async: an async method of a struct works on a copy of `this` made at the call
// (Roslyn's state machine keeps it as `<>4__this`), so the caller's variable never changes,
// before or after the first await; struct locals and parameters live across awaits as values.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Counter
{
    public int N;
    public string Name;

    public Counter(string name) { N = 0; Name = name; }

    public void Inc() { N++; }

    public async Task IncTwiceAsync()
    {
        N++;
        Console.WriteLine(Name + " before await: " + N);
        await Task.Delay(1);
        N++;
        Console.WriteLine(Name + " after await: " + N);
    }

    public async Task<int> CountAsync(int times)
    {
        for (int i = 0; i < times; i++)
        {
            await Task.Yield();
            Inc();
        }
        return N;
    }
}

struct Reading
{
    public int Value;
    public string Source;
    public Reading(int value, string source) { Value = value; Source = source; }
    public override string ToString() { return Source + "=" + Value; }
}

class Program
{
    static async Task<Reading> Measure(Reading r, int delta)
    {
        var local = r;
        r.Value += 1000;
        await Task.Delay(1);
        local.Value += delta;
        await Task.Yield();
        Console.WriteLine("inside: " + r + " " + local);
        return local;
    }

    static async Task<List<Reading>> Collect()
    {
        var list = new List<Reading>();
        var r = new Reading(1, "a");
        for (int i = 0; i < 3; i++)
        {
            list.Add(r);
            await Task.Yield();
            r.Value *= 10;
        }
        return list;
    }

    static async Task Main()
    {
        var c = new Counter("c");
        Task t = c.IncTwiceAsync();
        Console.WriteLine("caller while pending: " + c.N);
        await t;
        Console.WriteLine("caller after: " + c.N);

        c.Inc();
        int counted = await c.CountAsync(3);
        Console.WriteLine("counted " + counted + ", caller " + c.N);

        var r = new Reading(5, "r");
        var measured = await Measure(r, 7);
        Console.WriteLine(r + " " + measured);

        var readings = new Reading[2];
        readings[0] = await Measure(r, 1);
        await Task.Delay(1);
        readings[1] = readings[0];
        readings[1].Value = -1;
        Console.WriteLine(readings[0] + " " + readings[1]);

        foreach (var x in await Collect())
            Console.WriteLine(x);

        var counters = new Counter[2];
        counters[0].Name = "arr";
        await counters[0].IncTwiceAsync();
        Console.WriteLine("array element after: " + counters[0].N);
    }
}
