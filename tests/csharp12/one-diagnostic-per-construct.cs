// C# 12: constructs outside unawait's language that each draw one diagnostic: an async iterator (async IAsyncEnumerable<T> with yield break, await and yield return), an iterator, `this` and `base` in instance methods, deconstruction of a tuple into new and into existing variables, a char local initialized from a string's indexer; a call of an async method dropped in a method that is not async, for which C# warns CS4014
// mcs: cannot check: async iterators and await foreach are C# 8
// expect: CS4014
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Counter
{
    int count;

    public Counter Add(int n)
    {
        count += n;
        return this;
    }

    public override string ToString()
    {
        return "count " + count + " (" + base.ToString() + ")";
    }
}

static class Program
{
    static async IAsyncEnumerable<int> RangeAsync(int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 100) yield break;
            await Task.Yield();
            yield return i;
        }
    }

    static IEnumerable<string> Words()
    {
        yield return "alpha";
        yield return "beta";
    }

    static async Task LogAsync(string message)
    {
        await Task.Delay(1);
        Console.WriteLine("log: " + message);
    }

    static void StartLogging()
    {
        LogAsync("from a method that is not async");
    }

    static async Task Main()
    {
        StartLogging();
        await Task.Delay(100);
        await foreach (var i in RangeAsync(3)) Console.WriteLine(i);
        foreach (var w in Words()) Console.WriteLine(w);
        var (q, r) = (17 / 5, 17 % 5);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(q + " " + r + " " + a + " " + b);
        string line = "1,2";
        char first = line[0];
        Console.WriteLine(first);
        Console.WriteLine(new Counter().Add(2).Add(3));
    }
}
