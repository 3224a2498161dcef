// Interfaces of the program extending IEnumerable<T> (a generic one and a plain one): classes
// implementing them are enumerables through the interface (foreach, LINQ, string.Join, is).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

interface IShelf<T> : IEnumerable<T>
{
    void Put(T item);
    int Size { get; }
}

interface INames : IEnumerable<string> { }

class Shelf<T> : IShelf<T>
{
    List<T> items = new List<T>();
    public void Put(T item) { items.Add(item); }
    public int Size => items.Count;
    public IEnumerator<T> GetEnumerator()
    {
        try { foreach (var x in items) yield return x; }
        finally { Console.WriteLine("shelf done"); }
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Names : INames
{
    public IEnumerator<string> GetEnumerator() { yield return "ann"; yield return "bo"; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static void Fill(IShelf<int> s) { s.Put(3); s.Put(1); s.Put(2); }
    static void Main()
    {
        IShelf<int> s = new Shelf<int>();
        Fill(s);
        foreach (var x in s) Console.WriteLine(x);
        Console.WriteLine(string.Join(",", s.OrderBy(x => x)));
        Console.WriteLine(s.Size + " " + s.Count());
        IEnumerable<int> e = s;
        Console.WriteLine(e.Max());
        INames n = new Names();
        foreach (var name in n) { Console.WriteLine(name); break; }
        Console.WriteLine(string.Join("/", n));
        object o = n;
        Console.WriteLine(o is IEnumerable<string>);
    }
}
