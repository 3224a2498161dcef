// Template method with async virtual hooks: a base class drives header, rows and footer, derived
// classes override async and sync hooks and call base, over three levels; lines joined with
// Environment.NewLine.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public abstract class ReportGenerator
{
    protected readonly List<string> Output = new List<string>();
    private static int _runs;

    public async Task<string> GenerateAsync(string title)
    {
        _runs++;
        Output.Clear();
        await WriteHeaderAsync(title);
        int rows = 0;
        foreach (var row in await FetchRowsAsync())
        {
            if (!Include(row)) continue;
            Output.Add(FormatRow(row, ++rows));
        }
        await WriteFooterAsync(rows);
        return string.Join(Environment.NewLine, Output);
    }

    protected virtual Task WriteHeaderAsync(string title)
    {
        Output.Add($"== {title} (run {_runs}) ==");
        return Task.CompletedTask;
    }

    protected abstract Task<List<double>> FetchRowsAsync();
    protected virtual bool Include(double row) => true;
    protected abstract string FormatRow(double row, int n);

    protected virtual async Task WriteFooterAsync(int rows)
    {
        await Task.Yield();
        Output.Add($"-- {rows} row(s) --");
    }
}

public class SalesReport : ReportGenerator
{
    protected override async Task<List<double>> FetchRowsAsync()
    {
        await Task.Delay(1);
        return new List<double> { 120.5, -3, 99.999, 0, 1500 };
    }
    protected override bool Include(double row) => row > 0;
    protected override string FormatRow(double row, int n) => $"{n}. {row,10:N2}";
}

public class AuditReport : SalesReport
{
    private double _sum;
    protected override async Task WriteHeaderAsync(string title)
    {
        _sum = 0;
        await base.WriteHeaderAsync(title.ToUpper());
        Output.Add("(audit mode)");
    }
    protected override bool Include(double row) => true;
    protected override string FormatRow(double row, int n)
    {
        _sum += row;
        return base.FormatRow(row, n) + $"  running {_sum:F1}";
    }
    protected override async Task WriteFooterAsync(int rows)
    {
        Output.Add($"sum={_sum:F3}");
        await base.WriteFooterAsync(rows);
    }
}

public class EmptyReport : ReportGenerator
{
    protected override Task<List<double>> FetchRowsAsync() => Task.FromResult(new List<double>());
    protected override string FormatRow(double row, int n) => throw new InvalidOperationException("no rows expected");
}

public class Program
{
    public static async Task Main()
    {
        var gens = new List<ReportGenerator> { new SalesReport(), new AuditReport(), new EmptyReport() };
        foreach (var g in gens) Console.WriteLine(await g.GenerateAsync(g.GetType().Name));
        Console.WriteLine(await gens[1].GenerateAsync("again"));
    }
}
