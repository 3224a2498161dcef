// C# 12: list patterns ([], [var x], [1, 2], [first, .., last]), slice patterns (.. and .. var rest, .. with a property subpattern), list patterns on arrays, strings, List<T> and ReadOnlySpan<T>, ranges on strings, nested collection expressions
using System;
using System.Collections.Generic;

class Program
{
    static string Describe(int[] values) => values switch
    {
        [] => "empty",
        [var only] => $"one element: {only}",
        [1, 2] => "exactly 1, 2",
        [var first, .., var last] when first == last => $"same ends ({first})",
        [0, .. var rest] => $"starts with zero, then {rest.Length} more",
        [_, _, .. { Length: > 3 } tail] => $"long tail of {tail.Length}",
        [.., < 0] => "ends with a negative",
        _ => $"{values.Length} elements",
    };

    static bool IsCommand(string line, out string verb)
    {
        verb = "";
        if (line.Split(' ') is [var word, ..] && word is ['/', _, ..])
        {
            verb = word[1..];
            return true;
        }
        return false;
    }

    static int SumPairs(ReadOnlySpan<int> span) => span switch
    {
        [] => 0,
        [var x] => x,
        [var a, var b, .. var rest] => a * b + SumPairs(rest),
    };

    static void Main()
    {
        int[][] samples = [[], [9], [1, 2], [4, 5, 4], [0, 7, 8], [3, 4, 5, 6, 7, 8], [3, -1], [3, 4, 5]];
        foreach (var s in samples)
            Console.WriteLine($"[{string.Join(",", s)}] {Describe(s)}");
        foreach (var line in new[] { "/join lobby", "hello there", "/quit", "/" })
            Console.WriteLine(IsCommand(line, out var verb) ? $"command {verb}" : "chat");
        Console.WriteLine(SumPairs(new[] { 1, 2, 3, 4, 5 }));
        var list = new List<string> { "x", "y", "z" };
        if (list is [.., "z"] && list is [var head, ..])
            Console.WriteLine($"list ends with z and starts with {head}");
    }
}
