using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> V(int x) { await Task.Yield(); return x; }
    static string Nothing() { return null; }

    static async Task Main()
    {
        int i = -3; long l = 1234567890123L; double d = 0.1 + 0.7; bool b = false; string s = "str"; string n = Nothing();
        Console.WriteLine($"{i}{l}{d}{b}{s}{n}|");
        Console.WriteLine($"\t[{i}]\n[{s}]\\ \"q\" {{literal}} }}{{");
        Console.WriteLine($"cond: {(b ? "yes" : "no")} nested: {$"in{i}"} call: {Math.Max(i, 2)}");
        Console.WriteLine($"await: {await V(5)} and {await V(6) + await V(7)}");
        Console.WriteLine($@"verbatim {s} \n ""x""");
        Console.WriteLine($@"verbatim2 {i}");
        var list = new List<int> { 1, 2 };
        int[] arr = { 9, 8 };
        Console.WriteLine($"list count {list.Count} first {list[0]} arr {arr[1]} len {arr.Length}");
        Console.WriteLine($"{1.0 / 3} {1e20} {1e-7} {-0.0} {d * 0}");
        Console.WriteLine($"status {Task.CompletedTask.Status} bool {true}");
        Console.WriteLine($"{i + l} {i * 2.5} {l / 7} {i % 2}");
        Console.WriteLine($"{s.ToUpper()}{s.Length}{"lit"}");
        Console.WriteLine($"");
        Console.WriteLine($"{"only"}");
        string multi = $"a{i}" + $"b{l}" + 5;
        Console.WriteLine(multi);
    }
}
