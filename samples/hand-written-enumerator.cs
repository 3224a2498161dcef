// Hand-written enumerators: a class implementing IEnumerator<T> returned by GetEnumerator(),
// disposed by foreach at the end, on break and when the body throws; one disposing through an
// explicit IDisposable.Dispose(); an IEnumerator<T> variable used directly (Reset too); and C#'s
// pattern without interfaces: GetEnumerator() returning a class or a struct with MoveNext() and
// Current.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class CountDown : IEnumerator<int>
{
    int n, cur;
    public CountDown(int n) { this.n = n; cur = n + 1; }
    public int Current => cur;
    object IEnumerator.Current => Current;
    public bool MoveNext() { Console.WriteLine("MoveNext"); return --cur > 0; }
    public void Reset() { cur = n + 1; }
    public void Dispose() { Console.WriteLine("Dispose"); }
}

class Counter : IEnumerable<int>
{
    int n;
    public Counter(int n) { this.n = n; }
    public IEnumerator<int> GetEnumerator() => new CountDown(n);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class FlagEnum : IEnumerator<bool>
{
    int i;
    public bool Current { get { return i % 2 == 0; } }
    object IEnumerator.Current { get { return Current; } }
    public bool MoveNext() => ++i <= 3;
    public void Reset() { i = 0; }
    void IDisposable.Dispose() { Console.WriteLine("flags done"); }
}

class Flags : IEnumerable<bool>
{
    public IEnumerator<bool> GetEnumerator() => new FlagEnum();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Countdown
{
    public Enumerator GetEnumerator() { return new Enumerator(); }

    public struct Enumerator : IDisposable
    {
        private int _left;
        public int Current => 3 - _left;
        public bool MoveNext() { _left++; return _left <= 3; }
        public void Dispose() { Console.WriteLine("disposed"); }
    }
}

class Plain
{
    public PlainEnum GetEnumerator() => new PlainEnum();
}

class PlainEnum
{
    int i;
    public string Current => "p" + i;
    public bool MoveNext() => ++i < 3;
}

class Program
{
    static void Main()
    {
        foreach (var i in new Counter(3)) Console.WriteLine(i);
        foreach (var i in new Counter(5))
        {
            if (i == 3) break;
            Console.WriteLine(i);
        }
        try
        {
            foreach (var i in new Counter(2))
            {
                Console.WriteLine(i);
                throw new InvalidOperationException("boom");
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        IEnumerable<int> xs = new Counter(2);
        foreach (var i in xs) Console.WriteLine(i);
        Console.WriteLine(new Counter(3).Max());

        foreach (var f in new Flags()) Console.WriteLine(f);
        Console.WriteLine(new Flags().Count(f => f));
        var fe = new FlagEnum();
        using (fe) { }

        IEnumerator<int> en = new CountDown(2);
        while (en.MoveNext()) Console.WriteLine(en.Current);
        en.Reset();
        Console.WriteLine(en.MoveNext() + " " + en.Current);
        en.Dispose();

        foreach (var x in new Countdown()) Console.WriteLine(x);
        foreach (var x in new Countdown())
        {
            if (x == 1) break;
            Console.WriteLine(x);
        }
        foreach (var s in new Plain()) Console.WriteLine(s);
    }
}
