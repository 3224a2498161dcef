// References inside structs stay alive wherever the struct lives: in a class's field, an array
// element, a List<S>, a box, another struct, and a local of an async method across awaits, while
// the loops make garbage (run under --gc-stress by the tests, a collection at every allocation).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Node
{
    public string Name;
    public Node(string name) { Name = name; }
}

struct Entry
{
    public string Key;
    public Node Target;
    public int[] Data;
    public Entry(string key, int n)
    {
        Key = key;
        Target = new Node("node-" + key);
        Data = new int[n];
        for (int i = 0; i < n; i++) Data[i] = i * n;
    }
    public override string ToString() { return Key + "->" + Target.Name + "[" + Data.Length + "]"; }
}

struct Pair
{
    public Entry Left;
    public Entry Right;
}

class Table
{
    public Entry Main;
    public Pair Both;
}

class Program
{
    static string Garbage(int n)
    {
        string s = "";
        for (int i = 0; i < n; i++) s = s + i;
        return s;
    }

    static async Task<int> Churn(Entry e)
    {
        var local = e;
        var pair = new Pair();
        pair.Right = new Entry("async", 3);
        await Task.Yield();
        Garbage(20);
        await Task.Delay(1);
        Console.WriteLine(local + " " + pair.Right + " " + pair.Left.Key);
        return local.Data[1] + pair.Right.Data[2];
    }

    static async Task Main()
    {
        var table = new Table();
        table.Main = new Entry("main", 4);
        table.Both.Left = new Entry("left", 2);
        table.Both.Right = table.Both.Left;
        table.Both.Right.Key = "right";
        var array = new Entry[4];
        var list = new List<Entry>();
        var boxes = new List<object>();
        for (int i = 0; i < 4; i++)
        {
            array[i] = new Entry("a" + i, i + 1);
            list.Add(new Entry("l" + i, 2));
            boxes.Add(new Entry("b" + i, 1));
            Garbage(10);
        }
        Console.WriteLine(await Churn(array[3]));
        Garbage(50);
        Console.WriteLine(table.Main + " " + table.Both.Left + " " + table.Both.Right);
        foreach (var e in array) Console.WriteLine(e);
        foreach (var e in list) Console.WriteLine(e);
        foreach (var b in boxes) Console.WriteLine(b);
    }
}
