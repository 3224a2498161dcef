using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct P
{
    public int X;
    public Inner In;
    public P(int x) { X = x; In = new Inner { V = x * 10 }; }
    public override string ToString() => "P(" + X + "," + In.V + ")";
}

struct Inner
{
    public int V;
}

class Program
{
    static async Task<P> Make(int x)
    {
        await Task.Delay(x);
        return new P(x);
    }

    static async Task Main()
    {
        var list = new List<P> { new P(1), new P(2) };
        P[] arr = list.ToArray();
        arr[0].X = 100;
        arr[1].In.V = 7;
        Console.WriteLine(list[0] + " " + list[1] + " | " + arr[0] + " " + arr[1]);

        var copy = new List<P>(arr);
        arr[0].X = 200;
        Console.WriteLine(copy[0] + " " + arr[0]);
        var fromList = new List<P>(list);
        Console.WriteLine(fromList.Count + " " + fromList[1]);
        copy.AddRange(arr);
        copy.InsertRange(0, new[] { new P(9) });
        arr[1].X = 300;
        Console.WriteLine(string.Join(" ", copy));

        var set = new HashSet<P>(arr);
        Console.WriteLine(set.Count + " " + set.Contains(new P(200)) + " " + set.Contains(arr[1]));
        arr[1].X = 301;
        Console.WriteLine(set.Contains(arr[1]));

        var q = new Queue<P>(list);
        var qa = q.ToArray();
        qa[0].X = -1;
        Console.WriteLine(q.Peek() + " " + qa[0]);
        var st = new Stack<P>(arr);
        var sa = st.ToArray();
        sa[0].In.V = -5;
        Console.WriteLine(st.Peek() + " " + sa[0]);

        var d = new Dictionary<string, P> { ["a"] = new P(1) };
        P found = d.GetValueOrDefault("a");
        P missing = d.GetValueOrDefault("zz");
        P fallback = d.GetValueOrDefault("zz", new P(42));
        found.X = 55;
        Console.WriteLine(d["a"] + " " + found + " " + missing + " " + fallback);
        var d2 = new Dictionary<string, P>(d);
        d2["a"] = new P(8);
        Console.WriteLine(d["a"] + " " + d2["a"]);

        var tasks = new List<Task<P>> { Make(3), Make(1) };
        P[] results = await Task.WhenAll(tasks);
        results[0].X = 77;
        Console.WriteLine(results[0] + " " + results[1] + " " + (await tasks[0]));
        P[] again = await Task.WhenAll(Make(4), Make(2));
        again[1].In.V = 0;
        Console.WriteLine(string.Join(",", again));
    }
}
