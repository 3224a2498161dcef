using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Node {
    public string Name;
    public Node Next;
    public List<int> Items;
    public Node(string name) { Name = name; }
    public void Hello() { Console.WriteLine("hello from " + Name); }
    public string Upper() { return Name.ToUpper(); }
    public int Count() { return Items == null ? -1 : Items.Count; }
}

class Program {
    static int calls;
    static Node Make(string name) { calls++; return name == null ? null : new Node(name); }

    static async Task<string> FetchAsync(bool some) {
        await Task.Yield();
        return some ? "fetched" : null;
    }

    static async Task Main() {
        string s = null;
        Console.WriteLine(s?.Length);
        Console.WriteLine(s?.Length ?? -1);
        s = "four";
        Console.WriteLine(s?.Length);
        Console.WriteLine(s?.ToUpper());
        int? len = s?.Length;
        Console.WriteLine(len + 1);

        Node a = new Node("a");
        a.Next = new Node("b");
        Console.WriteLine(a?.Next?.Name);
        Console.WriteLine(a?.Next?.Next?.Name == null);
        Console.WriteLine(a.Next.Next?.Name.Length);
        a?.Hello();
        a.Next.Next?.Hello();
        Node none = null;
        none?.Hello();
        Console.WriteLine(none?.Upper() ?? "no node");
        Console.WriteLine(a?.Upper());

        int[] arr = null;
        Console.WriteLine(arr?[0]);
        Console.WriteLine(arr?.Length ?? 0);
        arr = new[] { 7, 8 };
        Console.WriteLine(arr?[1]);

        List<string> names = null;
        Console.WriteLine(names?[0] ?? "empty");
        names = new List<string> { "x", "y" };
        Console.WriteLine(names?[1]);
        Console.WriteLine(names?.Count);

        Console.WriteLine(Make(null)?.Name ?? "made nothing");
        Console.WriteLine(Make("m")?.Name);
        Console.WriteLine(calls);

        Console.WriteLine((await FetchAsync(true))?.Length);
        Console.WriteLine((await FetchAsync(false))?.Length);
        a.Items = new List<int> { 1, 2, 3 };
        Console.WriteLine(a?.Items?.Count);
        Console.WriteLine(a.Next?.Items?.Count);
        Console.WriteLine(a?.Count() + a?.Next?.Count());
        int? maybe = 42;
        Console.WriteLine(maybe?.ToString());
        int? nothing = null;
        Console.WriteLine(nothing?.ToString() ?? "null int");
    }
}
