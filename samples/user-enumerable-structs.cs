// Structs implementing IEnumerable<T> and IEnumerator<T>: foreach over the struct itself, LINQ and
// IEnumerable<T> parameters through its box (a copy: later changes of the variable do not show),
// a struct enumerator returned boxed as IEnumerator<T> (disposed on break and at the end), and
// used directly.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

struct Pair : IEnumerable<int>
{
    public int A, B;
    public IEnumerator<int> GetEnumerator()
    {
        yield return A;
        yield return B;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

struct Steps : IEnumerator<int>
{
    int i, n;
    public Steps(int n) { this.n = n; i = 0; }
    public int Current => i * 10;
    object IEnumerator.Current => Current;
    public bool MoveNext() => ++i <= n;
    public void Reset() { i = 0; }
    public void Dispose() { Console.WriteLine("steps disposed at " + i); }
}

class Stepper : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() => new Steps(3);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static int Total(IEnumerable<int> xs) { int t = 0; foreach (var x in xs) t += x; return t; }
    static void Main()
    {
        var p = new Pair { A = 1, B = 2 };
        foreach (var x in p) Console.WriteLine(x);
        Console.WriteLine(p.Sum());
        Console.WriteLine(Total(p));
        IEnumerable<int> boxed = p;
        p.A = 100;
        Console.WriteLine(string.Join(",", boxed) + " " + string.Join(",", p));
        foreach (var s in new Stepper()) { Console.WriteLine(s); if (s == 20) break; }
        Console.WriteLine(new Stepper().Max());
        var st = new Steps(2);
        while (st.MoveNext()) Console.WriteLine(st.Current);
        st.Dispose();
    }
}
