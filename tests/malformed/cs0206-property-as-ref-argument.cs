// expect: CS0206
// A property is no variable: it cannot be passed by reference.
using System;

class Counter
{
    public int Count { get; set; }
}

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        var c = new Counter();
        Bump(ref c.Count);
        Console.WriteLine(c.Count);
    }
}
