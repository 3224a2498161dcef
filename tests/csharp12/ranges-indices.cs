// C# 12: ranges and indices (a[1..^1], a[..3], a[^3..], a[..], ^1), Index and Range variables, Range.Start/End/GetOffsetAndLength, ranges on strings and spans, implicit index support on List<T> (read and write), computed range bounds
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int[] a = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Console.WriteLine(string.Join(",", a[1..^1]));
        Console.WriteLine(string.Join(",", a[..3]));
        Console.WriteLine(string.Join(",", a[^3..]));
        Console.WriteLine(string.Join(",", a[..]));
        Console.WriteLine($"last {a[^1]}, second to last {a[^2]}");

        Index fromEnd = ^4;
        Range middle = 3..^3;
        Console.WriteLine($"{a[fromEnd]} {string.Join(",", a[middle])} start {middle.Start} end {middle.End} from end: {middle.End.IsFromEnd}");
        var (offset, length) = middle.GetOffsetAndLength(a.Length);
        Console.WriteLine($"offset {offset}, length {length}");

        string path = "/usr/local/bin/tool";
        int lastSlash = path.LastIndexOf('/');
        Console.WriteLine(path[(lastSlash + 1)..]);
        Console.WriteLine(path[1..4]);

        var list = new List<string> { "a", "b", "c", "d" };
        Console.WriteLine(list[^1]);
        list[^2] = "C";
        Console.WriteLine(string.Join("", list));

        Span<int> span = a.AsSpan()[2..5];
        span[0] = 42;
        Console.WriteLine($"{a[2]} {span.Length}");

        int n = 2;
        Console.WriteLine(string.Join(",", a[n..(n + 3)]));
        Console.WriteLine(string.Join(",", a[^(n + 1)..^n]));
    }
}
