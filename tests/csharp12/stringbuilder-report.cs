// C# 12: System.Text.StringBuilder (Append chaining, AppendLine, AppendFormat with alignment and an IFormatProvider, Insert, Replace, Remove, Append(char, count), indexer read and write, Length decrement, Clear), a fluent builder with async steps, char helpers
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;

class ReportBuilder
{
    private readonly StringBuilder _sb = new StringBuilder(capacity: 64);
    private int _rows;

    public ReportBuilder Title(string title)
    {
        _sb.AppendLine(title.ToUpperInvariant()).AppendLine(new string('=', title.Length));
        return this;
    }

    public async Task<ReportBuilder> RowAsync(string label, double value)
    {
        await Task.Delay(1);
        _rows++;
        _sb.AppendFormat(CultureInfo.InvariantCulture, "{0,2}. {1,-10}{2,8:F2}", _rows, label, value).AppendLine();
        return this;
    }

    public override string ToString() => _sb.ToString();
}

class Program
{
    static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
        }
        if (sb.Length > 0 && sb[sb.Length - 1] == '-') sb.Length--;
        return sb.ToString();
    }

    static async Task Main()
    {
        var report = new ReportBuilder().Title("Quarterly numbers");
        await report.RowAsync("revenue", 1234.5);
        await (await report.RowAsync("costs", 987.25)).RowAsync("profit", 247.25);
        Console.Write(report);

        var sb = new StringBuilder("hello world");
        sb.Insert(0, ">> ").Replace("world", "there").Append('!', 3);
        Console.WriteLine(sb);
        sb.Remove(0, 3);
        sb[0] = char.ToUpperInvariant(sb[0]);
        Console.WriteLine($"{sb} (length {sb.Length})");
        sb.Clear();
        var words = new List<string> { "a", "b", "c" };
        foreach (var w in words) sb.Append(w).Append(',');
        Console.WriteLine(sb.ToString().TrimEnd(','));
        Console.WriteLine(Slugify("  Hello, World: C# 12 & async!  "));
    }
}
