// A generic Bag<T> implementing IEnumerable<T> over elements of every kind of word: a struct (copied
// into the loop variable), an enum (printed by name), double, long; collection initializers.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override string ToString() => "(" + X + "," + Y + ")"; }
class Bag<T> : IEnumerable<T>
{
    T[] items; int n;
    public Bag(int cap) { items = new T[cap]; }
    public void Add(T x) { items[n++] = x; }
    public IEnumerator<T> GetEnumerator() { for (int i = 0; i < n; i++) yield return items[i]; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
enum Color { Red, Green }
class Program
{
    static void Main()
    {
        var b = new Bag<Point>(4) { new Point(1, 2), new Point(3, 4) };
        foreach (var p in b) { var q = p; q.X = 99; Console.WriteLine(p + " " + q); }
        Console.WriteLine(string.Join(";", b));
        var c = new Bag<Color>(2) { Color.Green, Color.Red };
        Console.WriteLine(string.Join(",", c));
        foreach (var x in c) Console.WriteLine(x);
        var d = new Bag<double>(2) { 1.5, 2.5 };
        Console.WriteLine(d.Average());
        var l = new Bag<long>(2) { 1L << 40, 5 };
        Console.WriteLine(l.Max() + " " + string.Join(",", l));
    }
}
