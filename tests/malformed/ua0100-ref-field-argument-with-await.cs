// expect: UA0100
// Valid C#: a field passed by reference to a call whose other argument awaits (C# spills the object).
using System;
using System.Threading.Tasks;

class Counter
{
    public int Count;
}

static class Program
{
    static void Add(ref int x, int by) { x += by; }

    static async Task Main()
    {
        var c = new Counter();
        Add(ref c.Count, await Task.FromResult(3));
        Console.WriteLine(c.Count);
    }
}
