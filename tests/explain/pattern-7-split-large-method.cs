// Tutorial Pattern 7: split large async methods.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> StepAsync(int v)
    {
        await Task.Yield();
        return v + 1;
    }

    // Before: eight awaits, and values of the whole computation carried across them.
    static async Task<string> ReportAsync(int seed)
    {
        int a = await StepAsync(seed);
        long big = a * 1000L;
        double ratio = big / 3.0;
        string label = "r" + a;
        int b = await StepAsync(a);
        int c = await StepAsync(b);
        int d = await StepAsync(c);
        long total = big + b + c + d;
        int e = await StepAsync(d);
        int f = await StepAsync(e);
        int g = await StepAsync(f);
        int h = await StepAsync(g);
        return label + " " + (total + e + f + g + h) + " " + ratio;
    }

    // After: each part carries only its own values.
    static async Task<long> FirstHalfAsync(int a)
    {
        int b = await StepAsync(a);
        int c = await StepAsync(b);
        int d = await StepAsync(c);
        return a * 1000L + b + c + d;
    }

    static async Task<int> SecondHalfAsync(int d)
    {
        int e = await StepAsync(d);
        int f = await StepAsync(e);
        int g = await StepAsync(f);
        int h = await StepAsync(g);
        return e + f + g + h;
    }

    static async Task<string> ReportSplitAsync(int seed)
    {
        int a = await StepAsync(seed);
        long total = await FirstHalfAsync(a);
        int rest = await SecondHalfAsync(a + 3);
        return "r" + a + " " + (total + rest) + " " + (a * 1000L / 3.0);
    }

    static async Task Main()
    {
        Console.WriteLine(await ReportAsync(1));
        Console.WriteLine(await ReportSplitAsync(1));
    }
}
