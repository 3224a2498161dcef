using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class OrderEventArgs : EventArgs
{
    public int OrderId { get; }
    public double Total { get; set; }
    public OrderEventArgs(int id) { OrderId = id; }
    public override string ToString() => "order " + OrderId;
}

class ShippedEventArgs : OrderEventArgs
{
    public string Carrier;
    public ShippedEventArgs(int id, string carrier) : base(id) { Carrier = carrier; }
}

class Shop
{
    public readonly List<string> Log = new List<string>();

    // async void: the shape of an event handler; its exceptions would go to the context.
    public async void OnOrderPlaced(object sender, EventArgs e)
    {
        Log.Add("placed? " + (e is OrderEventArgs));
        if (e is OrderEventArgs order)
        {
            await Task.Delay(10);
            Log.Add("handled " + order.OrderId + " total " + order.Total);
        }
    }

    public async Task OnShippedAsync(object sender, ShippedEventArgs e)
    {
        await Task.Yield();
        Log.Add(e + " shipped by " + e.Carrier + " from " + sender);
    }
}

class Program
{
    static async Task Main()
    {
        var shop = new Shop();
        var placed = new OrderEventArgs(7) { Total = 19.5 };
        shop.OnOrderPlaced("web", placed);
        shop.OnOrderPlaced("web", EventArgs.Empty);
        await Task.Delay(100);
        await shop.OnShippedAsync("warehouse", new ShippedEventArgs(7, "DHL"));
        foreach (var line in shop.Log) Console.WriteLine(line);
        EventArgs plain = placed;
        Console.WriteLine(plain.GetType().Name);
        Console.WriteLine(plain is ShippedEventArgs);
        EventArgs asBase = new ShippedEventArgs(1, "x");
        Console.WriteLine(asBase is OrderEventArgs);
        Console.WriteLine(placed);
    }
}
