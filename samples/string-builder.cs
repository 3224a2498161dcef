// System.Text.StringBuilder: new StringBuilder() and new StringBuilder(string), Append of
// string, int, long, char, double, bool and object (null appends nothing), chaining,
// AppendLine, Insert, Clear, Length, ToString, the indexer (IndexOutOfRangeException), Replace,
// Remove, printing a builder; a builder filled across awaits (it lives in the state machine's
// frame), in a loop of many appends (the collector runs meanwhile), and passed to another
// method.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

class Point
{
    public int X;
    public int Y;
    public override string ToString()
    {
        return "(" + X + ", " + Y + ")";
    }
}

class Program
{
    static async Task<string> Word(int i)
    {
        await Task.Delay(1);
        return "w" + i;
    }

    static void Fill(StringBuilder sb, int n)
    {
        for (int i = 0; i < n; i++)
        {
            sb.Append(i % 10);
        }
    }

    static async Task<StringBuilder> Build(int n)
    {
        StringBuilder sb = new StringBuilder("start");
        for (int i = 0; i < n; i++)
        {
            sb.Append(' ').Append(await Word(i));
        }
        return sb;
    }

    static async Task Main()
    {
        var sb = new StringBuilder();
        sb.Append("text ").Append(42).Append(' ').Append(7000000000L).Append(' ');
        sb.Append(2.5).Append(' ').Append(true).Append(' ').Append('c');
        object nothing = null;
        sb.Append(nothing).Append(new Point { X = 1, Y = 2 });
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);

        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.AppendLine("first").AppendLine().Append("third");
        Console.Write(sb);
        Console.WriteLine();
        sb.Insert(0, ">> ");
        sb.Insert(sb.Length, " <<");
        Console.WriteLine(sb.ToString().Replace("\n", "/"));

        StringBuilder edit = new StringBuilder("hello world");
        edit[0] = 'H';
        edit[6]++;
        Console.WriteLine(edit[0] + "" + edit[6] + " " + edit);
        edit.Replace("l", "L").Replace('o', '0').Remove(0, 2);
        Console.WriteLine(edit + " " + edit.Length);

        StringBuilder built = await Build(3);
        Console.WriteLine(built);
        built.Append(" end");
        string snapshot = built.ToString();
        built.Append("!");
        Console.WriteLine(snapshot + " | " + built);

        StringBuilder digits = new StringBuilder();
        Fill(digits, 2000);
        Console.WriteLine(digits.Length + " " + digits.ToString().Substring(1990));

        List<StringBuilder> lines = new List<StringBuilder>();
        for (int i = 0; i < 3; i++)
        {
            lines.Add(new StringBuilder().Append('#', 1).Append(i));
        }
        foreach (StringBuilder line in lines)
        {
            await Task.Yield();
            Console.Write(line + " ");
        }
        Console.WriteLine();

        try
        {
            sb.Insert(100, "x");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        try
        {
            Console.WriteLine(edit[100]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
