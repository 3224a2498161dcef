// User-defined indexers: get/set and expression-bodied, overloads by parameter type (string,
// int), two parameters, on a class, a struct and through an interface; virtual, abstract and
// sealed override indexers with base[...]; compound assignment whose right side awaits (C# reads
// the receiver, the index and the element first).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IReadOnlyGrid
{
    int this[int r, int c] { get; }
}

class Grid : IReadOnlyGrid
{
    private readonly int[] cells;
    private readonly int cols;
    public Grid(int rows, int cols) { this.cols = cols; cells = new int[rows * cols]; }
    public int this[int r, int c]
    {
        get { return cells[r * cols + c]; }
        set { cells[r * cols + c] = value; }
    }
}

class Bag
{
    private readonly List<string> keys = new List<string>();
    private readonly List<int> values = new List<int>();
    private int Find(string key)
    {
        for (int i = 0; i < keys.Count; i++) if (keys[i] == key) return i;
        return -1;
    }
    public int this[string key]
    {
        get
        {
            int i = Find(key);
            if (i < 0) throw new KeyNotFoundException("no " + key);
            return values[i];
        }
        set
        {
            int i = Find(key);
            if (i < 0) { keys.Add(key); values.Add(value); }
            else values[i] = value;
        }
    }
    public string this[int i] => keys[i] + "=" + values[i];
    public int Count => keys.Count;
}

struct Pair
{
    private int a, b;
    public int this[int i]
    {
        get => i == 0 ? a : b;
        set { if (i == 0) a = value; else b = value; }
    }
}

abstract class Shape
{
    public abstract string this[int i] { get; }
    public virtual int this[string s] { get { return s.Length; } set { Console.WriteLine("base set " + s + " " + value); } }
}
class Circle : Shape
{
    public override string this[int i] => "circle " + i;
    public override int this[string s] { get { return 100 + base[s]; } set { Console.WriteLine("circle set"); base[s] = value; } }
}
sealed class Dot : Circle
{
    public sealed override string this[int i] => "dot " + i;
}
class Program
{
    static int calls;
    static Bag bag = new Bag();

    static Bag GetBag() { Console.WriteLine("GetBag"); return bag; }
    static string Key(string k) { Console.WriteLine("Key " + k); return k; }

    static async Task<int> F(int x)
    {
        await Task.Delay(1);
        Console.WriteLine("F " + x);
        calls++;
        return x;
    }

    static async Task Main()
    {
        var g = new Grid(2, 3);
        g[1, 2] = 5;
        g[0, 1] += 4;
        g[1, 2]++;
        Console.WriteLine(g[1, 2] + " " + g[0, 1]);
        IReadOnlyGrid ro = g;
        Console.WriteLine(ro[1, 2]);

        bag["a"] = 1;
        bag["b"] = 2;
        GetBag()[Key("a")] += await F(10);
        Console.WriteLine(bag["a"]);
        for (int i = 0; i < bag.Count; i++) Console.WriteLine(bag[i]);
        bag[await F(0) == 0 ? "c" : "d"] = await F(7);
        Console.WriteLine(bag[2]);
        try { Console.WriteLine(bag["zzz"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }

        var p = new Pair();
        p[0] = 3;
        p[1] = p[0] * 2;
        p[1] -= 1;
        Console.WriteLine(p[0] + " " + p[1]);
        Console.WriteLine(calls);

        Shape s = new Circle();
        Console.WriteLine(s[1]);
        Console.WriteLine(s["abc"]);
        s["q"] = 5;
        s["q"] += 1;
        Shape d = new Dot();
        Console.WriteLine(d[2] + " " + d["xy"]);
    }
}
