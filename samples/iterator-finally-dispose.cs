using System;
using System.Collections.Generic;
using System.Linq;

// try/finally around yields: the finally blocks run when the iterator ends, when a foreach
// leaves it early (break, an exception in the loop body: foreach disposes its enumerator), when
// the iterator itself throws, and when Dispose() is called by hand; LINQ's operators dispose
// the iterators they stop pulling from. A `using` in an iterator is a try/finally too.
class Resource : IDisposable
{
    string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Dispose() { Console.WriteLine("close " + name); }
}

class Program
{
    static IEnumerable<string> Lines(string name)
    {
        using (var r = new Resource(name))
        {
            yield return name + ".1";
            yield return name + ".2";
        }
    }

    static IEnumerable<int> Guarded(string name)
    {
        Console.WriteLine(name + ": begin");
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                try
                {
                    Console.WriteLine(name + ": yield " + i);
                    yield return i;
                }
                finally
                {
                    Console.WriteLine(name + ": inner finally " + i);
                }
            }
        }
        finally
        {
            Console.WriteLine(name + ": outer finally");
        }
        Console.WriteLine(name + ": end");
    }

    static IEnumerable<int> Throws()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("boom");
        }
        finally
        {
            Console.WriteLine("Throws: finally");
        }
    }

    static IEnumerator<int> Counter(int from)
    {
        try
        {
            while (true)
            {
                yield return from++;
            }
        }
        finally
        {
            Console.WriteLine("Counter: disposed at " + from);
        }
    }

    static void Main()
    {
        foreach (var x in Guarded("all"))
            Console.WriteLine("got " + x);
        foreach (var x in Guarded("break"))
        {
            Console.WriteLine("got " + x);
            if (x == 2) break;
        }
        try
        {
            foreach (var x in Throws())
                Console.WriteLine("got " + x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        try
        {
            foreach (var x in Guarded("body throws"))
            {
                if (x == 2) throw new Exception("from the loop");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        var c = Counter(5);
        c.MoveNext();
        c.MoveNext();
        Console.WriteLine(c.Current);
        c.Dispose();
        Console.WriteLine(c.MoveNext());
        Console.WriteLine(Guarded("first").First());
        Console.WriteLine(string.Join(" ", Guarded("take").Take(2)));
        foreach (var l in Lines("file"))
        {
            Console.WriteLine(l);
            break;
        }
        Console.WriteLine(string.Join(",", Lines("all")));
        var byHand = Guarded("by hand").GetEnumerator();
        byHand.MoveNext();
        Console.WriteLine("disposing");
        byHand.Dispose();
        byHand.Dispose();
        Console.WriteLine("disposed twice");
    }
}
