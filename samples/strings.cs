// Strings: escapes, concatenation with every operand type, Length/ToUpper/ToLower/ToString, string.Join, interpolation.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> NameAsync()
    {
        await Task.Delay(5);
        return "World";
    }

    static string Greeting(string who)
    {
        return "Hello, " + who;
    }

    static async Task Main()
    {
        Console.WriteLine("escapes: line1\nline2");
        Console.WriteLine("tab:\t|");
        Console.WriteLine("quote: \"quoted\" backslash: \\ unicode: \u0041\u0042C");

        int n = 42;
        long l = 9000000000L;
        bool yes = true;
        double d = 2.5;
        string s = null;
        Console.WriteLine("int " + n + ", long " + l + ", bool " + yes + ", double " + d + ", null [" + s + "]");
        Console.WriteLine(n + l + " is a sum, but " + n + l + " is text");
        Console.WriteLine(yes + " " + !yes + " " + (n > 40));
        Console.WriteLine("a" + 1 + 2 + " vs " + (1 + 2) + "a");
        TaskStatus status = TaskStatus.RanToCompletion;
        Console.WriteLine("enum: " + status);

        string word = "MiXeD Case";
        Console.WriteLine(word.Length + " " + word.ToUpper() + " " + word.ToLower());
        Console.WriteLine("".Length + " " + "\t\n".Length + " " + "\u0041".Length);
        Console.WriteLine(n.ToString() + l.ToString() + yes.ToString() + d.ToString() + word.ToString() + status.ToString());
        Console.WriteLine("equal by value: " + (word == "MiXeD " + "Case") + ", different: " + (word != "mixed case"));

        List<string> parts = new List<string>();
        parts.Add("alpha");
        parts.Add("beta");
        parts.Add("gamma");
        Console.WriteLine(string.Join(", ", parts));
        List<int> numbers = new List<int>();
        for (int i = 1; i <= 5; i++)
        {
            numbers.Add(i * i);
        }
        Console.WriteLine(string.Join("-", numbers));
        Console.WriteLine("[" + string.Join(", ", new List<string>()) + "]");

        var who = await NameAsync();
        Console.WriteLine($"{Greeting(who)}! {who.Length} letters, upper {who.ToUpper()}");
        Console.WriteLine($"{n} + {l} = {n + l}; {(yes ? "yes" : "no")}; {d * 2}; [{s}]");
        Console.WriteLine($"nested: {$"inner {n / 2}"} and braces {{ }}");
        Console.WriteLine($"awaited inside: {await NameAsync()} / {(await NameAsync()).ToLower()}");

        string built = "";
        foreach (string p in parts)
        {
            built += p.ToUpper() + ";";
        }
        Console.WriteLine(built + " (" + built.Length + ")");

        Console.Write("Write: ");
        Console.Write(n);
        Console.Write(" ");
        Console.Write(l);
        Console.Write(" ");
        Console.Write(yes);
        Console.Write(" ");
        Console.Write(d);
        Console.Write(" ");
        Console.Write(status);
        Console.WriteLine();
        Console.WriteLine(s);
        Console.WriteLine(n);
        Console.WriteLine(l);
        Console.WriteLine(yes);
        Console.WriteLine(d);
        Console.WriteLine(status);
        var empty = "";
        Console.WriteLine(empty.Length == 0);
    }
}
