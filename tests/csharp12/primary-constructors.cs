// C# 12: primary constructors on classes and a readonly struct, captured primary constructor parameters used in methods, parameters only used in initializers, passing an argument to a base class primary constructor, a secondary constructor chaining with this(...), async methods using captured parameters
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IClock
{
    DateTime Now { get; }
}

class FixedClock(DateTime now) : IClock
{
    public DateTime Now => now;
}

abstract class ServiceBase(string name)
{
    public string Name { get; } = name;
    protected void Log(string message) => Console.WriteLine($"[{Name}] {message}");
}

class OrderService(IClock clock, int maxOrders) : ServiceBase("orders")
{
    private readonly List<string> _orders = new();

    public OrderService(IClock defaultClock) : this(defaultClock, 3) { }

    public async Task<bool> PlaceAsync(string item)
    {
        await Task.Delay(1);
        if (_orders.Count >= maxOrders)
        {
            Log($"rejected {item}: limit {maxOrders}");
            return false;
        }
        _orders.Add(item);
        Log($"accepted {item} at {clock.Now:HH:mm}");
        return true;
    }

    public int Count => _orders.Count;
}

readonly struct Area(int width, int height)
{
    public int Size => width * height;
    public bool Contains(int x, int y) => x >= 0 && y >= 0 && x < width && y < height;
}

class Counter(int start)
{
    private int _value = start;
    public int Next() => ++_value;
}

class Program
{
    static async Task Main()
    {
        var clock = new FixedClock(new DateTime(2024, 5, 1, 9, 30, 0));
        var service = new OrderService(clock);
        foreach (var item in new[] { "book", "lamp", "desk", "chair" })
            await service.PlaceAsync(item);
        Console.WriteLine($"{service.Name} holds {service.Count} orders");

        var area = new Area(4, 3);
        Console.WriteLine($"size {area.Size}, contains (3,2): {area.Contains(3, 2)}, contains (4,0): {area.Contains(4, 0)}");

        var counter = new Counter(10);
        counter.Next();
        Console.WriteLine(counter.Next());
    }
}
