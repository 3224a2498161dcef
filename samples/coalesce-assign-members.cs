// `??=` on fields and properties (of `this` and of other objects), statics and array elements:
// the lazy initialization every cache and service writes (`cache ??= new ...`). The place's
// object, array and index are evaluated once; the place is read once; only when it is null is
// the value evaluated and stored; the result is the place's value or the one stored (a
// property's getter runs once, its setter only when it was null). C# 8: mcs cannot compile
// it, so the expected output is written by hand from C#'s rules (ORACLE-EXCEPTIONS.md).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Lazy
{
    private string value;
    private int? count;
    public static string Shared;
    public string Label { get; private set; }
    private string backing;
    public string Computed { get { Console.WriteLine("get"); return backing; } set { Console.WriteLine("set " + value); backing = value; } }
    public async Task<string> GetAsync()
    {
        await Task.Yield();
        Console.WriteLine(value ??= "made");
        Console.WriteLine(value ??= "again");
        count ??= 3;
        Shared ??= "s";
        Label ??= "L";
        Console.WriteLine(Computed ??= "c1");
        Console.WriteLine(Computed ??= "c2");
        return value + count + Shared + Label;
    }
}
class Node
{
    public string Name;
    public List<int> Items;
    public Node Next { get; set; }
}

class Program
{
    static int calls;
    static readonly Node made = new Node();

    static Node Get() { calls++; Console.WriteLine("Get " + calls); return made; }
    static int Index() { Console.WriteLine("Index"); return 1; }
    static string Make(string s) { Console.WriteLine("Make " + s); return s; }

    static async Task Main()
    {
        Console.WriteLine(await new Lazy().GetAsync());
        Console.WriteLine(Get().Name ??= Make("first"));
        Console.WriteLine(Get().Name ??= Make("second"));
        var names = new string[3];
        Console.WriteLine(names[Index()] ??= Make("a"));
        Console.WriteLine(names[Index()] ??= Make("b"));
        Get().Next ??= new Node { Name = "n" };
        Console.WriteLine(made.Next.Name);
        (Get().Items ??= new List<int>()).Add(5);
        Console.WriteLine(made.Items.Count + " " + calls);
    }
}
