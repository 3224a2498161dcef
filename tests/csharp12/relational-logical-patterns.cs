// C# 12: relational patterns (<, <=, >, >=), pattern combinators and/or/not, parenthesized patterns, is null / is not null, constant patterns on chars, a declaration pattern combined with and, empty property pattern { } with a designation, patterns on nullable values, `o is int ? a : b` (a type test followed by a conditional, not a nullable type)
using System;
using System.Collections.Generic;

class Program
{
    static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
    static bool IsSeparator(char c) => c is ' ' or ',' or ';' or '\t';

    static string Grade(int score) => score switch
    {
        < 0 or > 100 => "invalid",
        >= 90 => "A",
        >= 80 and < 90 => "B",
        >= 70 => "C",
        _ => "F",
    };

    static string Temperature(double? celsius)
    {
        if (celsius is null) return "no reading";
        if (celsius is not (>= -50.0 and <= 60.0)) return "sensor error";
        return celsius switch
        {
            < 0.0 => "freezing",
            >= 0.0 and < 15.0 => "cold",
            >= 15.0 and < 25.0 => "mild",
            _ => "hot",
        };
    }

    static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (IsLetter(c) && !inWord) { words++; inWord = true; }
            else if (IsSeparator(c)) inWord = false;
        }
        return words;
    }

    static void Main()
    {
        foreach (var s in new[] { -1, 95, 85, 72, 40, 101 })
            Console.Write($"{s}:{Grade(s)} ");
        Console.WriteLine();
        var readings = new List<double?> { null, -70.0, -3.5, 10.0, 20.0, 31.0 };
        foreach (var r in readings)
            Console.WriteLine($"{(r is { } v ? v.ToString() : "-"),6} {Temperature(r)}");
        Console.WriteLine(CountWords("hello, brave new\tworld;ok"));
        object o = 42;
        if (o is int n and > 40 and not 50) Console.WriteLine($"matched {n}");
        Console.WriteLine(o is int ? "o holds an int" : "o holds something else");
        string name = null;
        Console.WriteLine(name is not null ? name : "anonymous");
    }
}
