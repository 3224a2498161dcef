using System;
using System.Collections.Generic;

// An iterator's object by hand: GetEnumerator() gives the object itself the first time (on the
// thread that made it) and a fresh enumerator after, each with the method's arguments as they
// were passed; Current, MoveNext after the end, Dispose, and an IEnumerator<T> iterator.
class Counter
{
    int step;
    public Counter(int step) { this.step = step; }

    // An instance iterator: `this` is kept by the iterator.
    public IEnumerable<int> Multiples(int count)
    {
        for (int i = 1; i <= count; i++)
            yield return i * step;
        step++;
    }
}

class Program
{
    static IEnumerable<string> Names(string prefix)
    {
        for (int i = 0; i < 2; i++)
        {
            yield return prefix + i;
            prefix = prefix.ToUpper();
        }
    }

    static IEnumerator<int> Countdown(int from)
    {
        while (from > 0)
            yield return from--;
        Console.WriteLine("liftoff");
    }

    static void Main()
    {
        var names = Names("n");
        var e1 = names.GetEnumerator();
        var e2 = names.GetEnumerator();
        Console.WriteLine(ReferenceEquals(names, e1));
        Console.WriteLine(ReferenceEquals(names, e2));
        Console.WriteLine(ReferenceEquals(e1, e2));
        while (e1.MoveNext())
            Console.WriteLine("e1: " + e1.Current);
        Console.WriteLine(e1.MoveNext());
        Console.WriteLine(e1.MoveNext());
        // The arguments are the ones passed, whatever the first enumeration did with them.
        while (e2.MoveNext())
            Console.WriteLine("e2: " + e2.Current);
        e1.Dispose();
        e2.Dispose();
        foreach (var s in names)
            Console.WriteLine("foreach: " + s);

        var c = Countdown(3);
        Console.WriteLine(c.MoveNext() + " " + c.Current);
        Console.WriteLine(c.MoveNext() + " " + c.Current);
        Console.WriteLine(c.MoveNext() + " " + c.Current);
        Console.WriteLine(c.MoveNext());
        Console.WriteLine(c.MoveNext());
        try
        {
            c.Reset();
        }
        catch (NotSupportedException)
        {
            Console.WriteLine("Reset: NotSupportedException");
        }

        var d = Countdown(5);
        d.MoveNext();
        d.Dispose();
        Console.WriteLine("after Dispose: " + d.MoveNext());

        var counter = new Counter(3);
        var m = counter.Multiples(3);
        foreach (var x in m)
            Console.Write(x + " ");
        Console.WriteLine();
        foreach (var x in m)
            Console.Write(x + " ");
        Console.WriteLine();
        var half = counter.Multiples(4).GetEnumerator();
        half.MoveNext();
        half.MoveNext();
        Console.WriteLine(half.Current);
    }
}
