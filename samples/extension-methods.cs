using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Order { public int Id; public double Total; }

static class OrderExtensions
{
    public static string Describe(this Order o) => "order " + o.Id + ": " + o.Total;
    public static bool IsLarge(this Order o, double limit = 100) => o.Total > limit;
    public static async Task<string> DescribeLaterAsync(this Order o, int ms)
    {
        await Task.Delay(ms);
        return o.Describe() + " (later)";
    }
    public static int SumIds(this List<Order> orders)
    {
        int s = 0;
        foreach (var o in orders) s += o.Id;
        return s;
    }
    public static string OrNone(this string s) => s ?? "none";
    public static int Squared(this int x) => x * x;
}

class Program
{
    static async Task Main()
    {
        var a = new Order { Id = 1, Total = 150 };
        var b = new Order { Id = 2, Total = 20 };
        Console.WriteLine(a.Describe());
        Console.WriteLine(a.IsLarge() + " " + b.IsLarge() + " " + b.IsLarge(10));
        Console.WriteLine(await b.DescribeLaterAsync(5));
        Console.WriteLine(new List<Order> { a, b }.SumIds());
        string missing = null;
        Console.WriteLine(missing.OrNone() + " " + "x".OrNone());
        Console.WriteLine(7.Squared() + OrderExtensions.Squared(3));
        Order nothing = null;
        try { Console.WriteLine(nothing.Describe()); }
        catch (NullReferenceException) { Console.WriteLine("NRE inside the extension"); }
    }
}
