using System;
using System.Collections.Generic;

static class Program
{
    static string Null() { return null; }

    static void Main()
    {
        string n = Null();
        Console.WriteLine("a" + n + "b");
        Console.WriteLine(n + n);
        Console.WriteLine((n + n).Length);
        Console.WriteLine("int " + 42 + " long " + 42L + " bool " + true + " " + false + " double " + 1.5 + " neg " + -3);
        Console.WriteLine(1 + 2 + "x" + 1 + 2);
        Console.WriteLine("x" + (1 + 2));
        Console.WriteLine(true + "" + false);
        Console.WriteLine("" + 0.1 + 0.2);
        Console.WriteLine("tab\there \"quoted\" back\\slash nl\\n newline:\nsecond line \u0041\x42 \'s\'");
        Console.WriteLine(@"verbatim \n ""q"" done");
        string uni = "héllo wörld ✓ 日本";
        Console.WriteLine(uni + " " + uni.Length);
        Console.WriteLine("😀".Length);
        Console.WriteLine(uni.ToUpper());
        Console.WriteLine("MiXeD 123 ÄÖÜ".ToLower());
        Console.WriteLine("".Length + " [" + "" + "]");
        var list = new List<string> { "a", "b", "c" };
        Console.WriteLine(string.Join(", ", list));
        Console.WriteLine(string.Join("-", new int[] { 1, 2, 3 }));
        Console.WriteLine(string.Join("+", new List<int> { 10, 20 }));
        Console.WriteLine(string.Join("/", "x", "y", "z"));
        Console.WriteLine(string.Join("", new string[0]) + "|");
        Console.WriteLine(string.Join(",", new List<double> { 0.1 + 0.2, 1e20, -0.5 }));
        Console.WriteLine(string.Join(",", new string[] { "p", null, "q" }));
        Console.WriteLine(string.Join(",", new bool[] { true, false }));
        Console.WriteLine(string.Join(",", new long[] { 1L, -2L }));
        int i = 7; long l = -8L; bool b = true; double d = 2.25; string s = "str";
        Console.WriteLine($"i={i} l={l} b={b} d={d} s={s} n={n} expr={i * 2 + 1} nested={"in" + i}");
        Console.WriteLine($"{{braces}} {i}{l}{b}");
        Console.WriteLine($"");
        Console.WriteLine(i.ToString() + l.ToString() + b.ToString() + d.ToString() + s.ToString());
        Console.WriteLine(42.ToString().Length);
        string acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        Console.WriteLine(acc);
        acc += "z";
        Console.WriteLine(acc);
        Console.WriteLine("abc" == "ab" + "c");
        Console.WriteLine(n == null);
        Console.WriteLine("x" != null);
        Console.Write("no newline ");
        Console.Write(5);
        Console.Write(true);
        Console.Write(2.5);
        Console.WriteLine();
        Console.WriteLine(n);
        Console.WriteLine("end");
    }
}
