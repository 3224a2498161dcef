// C# 12: global using directives (plain, static and alias), a file-scoped namespace declaration, public types and a service interface inside it, async interface methods, target-typed new with a dictionary initializer
global using System;
global using System.Collections.Generic;
global using static System.Math;
global using Clock = System.DateTime;
using System.Threading.Tasks;

namespace Corpus.Inventory;

public interface IStockService
{
    Task<int> AvailableAsync(string sku);
}

public sealed class StockService : IStockService
{
    private readonly Dictionary<string, int> _stock = new() { ["A-1"] = 12, ["B-2"] = 0 };

    public async Task<int> AvailableAsync(string sku)
    {
        await Task.Delay(1);
        return _stock.TryGetValue(sku, out var qty) ? Max(qty, 0) : -1;
    }
}

public static class Program
{
    public static async Task Main()
    {
        IStockService service = new StockService();
        foreach (var sku in new List<string> { "A-1", "B-2", "C-3" })
            Console.WriteLine($"{sku}: {await service.AvailableAsync(sku)}");
        Clock stamp = new Clock(2024, 6, 1);
        Console.WriteLine($"{stamp:yyyy-MM-dd} in namespace {typeof(Program).Namespace}");
    }
}
