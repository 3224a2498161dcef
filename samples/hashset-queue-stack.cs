using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// HashSet<T> (Add says whether the item was new; foreach in insertion order with removed
// slots reused, the last freed first), Queue<T> (first in, first out; foreach front to back)
// and Stack<T> (last in, first out; foreach top to bottom), with their failures. A work queue
// drained by an async method across awaits.
static class Program
{
    static string Join(HashSet<string> s)
    {
        string r = "";
        foreach (var x in s) r = r + x + " ";
        return r + "(" + s.Count + ")";
    }

    static async Task<int> ProcessAsync(Queue<int> work, Stack<string> log)
    {
        int total = 0;
        while (work.Count > 0)
        {
            int item = work.Dequeue();
            await Task.Delay(1);
            total += item;
            log.Push("did " + item);
            if (item % 3 == 0) work.Enqueue(item / 3);
        }
        return total;
    }

    static async Task Main()
    {
        var seen = new HashSet<string>();
        Console.WriteLine(seen.Add("red") + " " + seen.Add("green") + " " + seen.Add("red"));
        seen.Add("blue");
        Console.WriteLine(Join(seen));
        Console.WriteLine(seen.Contains("green") + " " + seen.Contains("pink"));
        Console.WriteLine(seen.Remove("red") + " " + seen.Remove("red"));
        seen.Remove("blue");
        seen.Add("cyan");
        seen.Add("navy");
        seen.Add("teal");
        Console.WriteLine(Join(seen));
        var primes = new HashSet<int> { 2, 3, 5, 3, 7, 2 };
        int sum = 0;
        foreach (int p in primes) sum += p;
        Console.WriteLine(primes.Count + " " + sum);
        var maybe = new HashSet<string>();
        Console.WriteLine(maybe.Add(null) + " " + maybe.Contains(null) + " " + maybe.Count);
        try
        {
            foreach (var p in primes) primes.Add(p * 10);
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        // Since .NET 5 removing from a set during foreach is allowed (Mono throws: .mono.out).
        try
        {
            foreach (var p in primes)
            {
                if (p % 20 == 0) primes.Remove(p);
            }
            Console.WriteLine("left " + primes.Count);
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        primes.Clear();
        Console.WriteLine(primes.Count);

        var q = new Queue<string>();
        q.Enqueue("first");
        q.Enqueue("second");
        q.Enqueue("third");
        Console.WriteLine(q.Peek() + " " + q.Count);
        Console.WriteLine(q.Dequeue() + " " + q.Dequeue() + " " + q.Count);
        q.Enqueue("fourth");
        foreach (var s in q) Console.Write(s + " ");
        Console.WriteLine(q.Contains("fourth") + " " + q.Contains("first"));
        q.Clear();
        try { q.Dequeue(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { q.Peek(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var st = new Stack<int>();
        for (int i = 1; i <= 4; i++) st.Push(i * i);
        foreach (int x in st) Console.Write(x + " ");
        Console.WriteLine(st.Peek() + " " + st.Count);
        Console.WriteLine(st.Pop() + " " + st.Pop() + " " + st.Count + " " + st.Contains(1));
        try
        {
            foreach (int x in st) st.Push(x);
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        st.Clear();
        try { st.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { st.Peek(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var work = new Queue<int>();
        work.Enqueue(9);
        work.Enqueue(4);
        work.Enqueue(6);
        var log = new Stack<string>();
        Console.WriteLine("total " + await ProcessAsync(work, log));
        while (log.Count > 0) Console.Write(log.Pop() + "; ");
        Console.WriteLine();
    }
}
