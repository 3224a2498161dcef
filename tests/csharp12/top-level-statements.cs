// C# 12: top-level statements with await (an async entry point returning an exit code), args, an async local function and a positional record declared after the statements, LINQ Sum
using System;
using System.Linq;
using System.Threading.Tasks;

var orders = new[] { new Order("A", 3), new Order("B", 0), new Order("C", 7) };
Console.WriteLine($"args: {args.Length}");
int shipped = 0;
foreach (var order in orders)
{
    if (await ShipAsync(order)) shipped++;
}
Console.WriteLine($"shipped {shipped} of {orders.Length}, total quantity {orders.Sum(o => o.Quantity)}");
return 0;

async Task<bool> ShipAsync(Order order)
{
    await Task.Delay(1);
    bool ok = order.Quantity > 0;
    Console.WriteLine($"{order.Id}: {(ok ? "shipped" : "skipped")}");
    return ok;
}

record Order(string Id, int Quantity);
