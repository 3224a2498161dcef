// Captured variables as C# defines them: one variable per scope instance, shared by every
// lambda that captures it; `for` has one variable, `foreach` a new one per iteration.
using System;
using System.Collections.Generic;

class Counter
{
    int count;
    string label;

    public Counter(string label) { this.label = label; }

    public Action Incrementer(int step)
    {
        return () => { count += step; Console.WriteLine(label + " now " + count); };
    }

    public int Count { get { return count; } }
}

class Program
{
    static List<Func<int>> MakeAll(int bias)
    {
        var list = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            list.Add(() => copy * 10 + i + bias);
        }
        return list;
    }

    static void Main()
    {
        var fromFor = new List<Action>();
        for (int i = 0; i < 3; i++) fromFor.Add(() => Console.WriteLine("for sees " + i));
        foreach (var a in fromFor) a();

        var fromForeach = new List<Action>();
        foreach (var s in new[] { "x", "y", "z" }) fromForeach.Add(() => Console.WriteLine("foreach sees " + s));
        foreach (var a in fromForeach) a();

        foreach (var f in MakeAll(1000)) Console.WriteLine(f());

        int shared = 0;
        Action bump = () => shared++;
        Func<int> read = () => shared;
        bump();
        bump();
        shared += 10;
        Console.WriteLine("shared " + read() + " " + shared);

        int outer = 1;
        Func<int> nested = () =>
        {
            int inner = 2;
            Func<int> deeper = () => outer * 100 + inner * 10 + 3;
            inner = 5;
            return deeper();
        };
        outer = 7;
        Console.WriteLine("nested " + nested());

        var c = new Counter("c");
        Action byOne = c.Incrementer(1);
        Action byFive = c.Incrementer(5);
        byOne();
        byFive();
        byOne();
        Console.WriteLine("count " + c.Count);

        var makers = new List<Func<int>>();
        int k = 0;
        while (k < 3)
        {
            int local = k * k;
            makers.Add(() => local);
            k++;
        }
        foreach (var m in makers) Console.Write(m() + " ");
        Console.WriteLine();

        string message = "before";
        Action show = () => Console.WriteLine(message);
        message = "after";
        show();
    }
}
