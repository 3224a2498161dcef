// Object initializers: `new T(args) { Field = v, Property = w }` runs the constructor, then each
// assignment in order (a property's `set` accessor included), with awaits in the values: C#
// allocates the object before the first await and keeps it across it.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Order
{
    public int Id { get; set; }
    public string Customer;
    private int quantity;
    public int Quantity
    {
        get { return quantity; }
        set
        {
            Console.WriteLine("  Quantity = " + value);
            if (value <= 0) throw new ArgumentException("quantity must be positive");
            quantity = value;
        }
    }

    public Order() { Console.WriteLine("  Order()"); }
    public Order(int id) { Id = id; Console.WriteLine("  Order(" + id + ")"); }

    public override string ToString() { return "#" + Id + " " + Customer + " x" + Quantity; }
}

static class Program
{
    static int Next(string what, int v)
    {
        Console.WriteLine("  evaluating " + what);
        return v;
    }

    static async Task<string> LookupAsync(string name)
    {
        await Task.Delay(10);
        Console.WriteLine("  looked up " + name);
        return name.ToUpper();
    }

    static async Task Main()
    {
        var a = new Order { Id = Next("id", 1), Customer = "ada", Quantity = Next("quantity", 2) };
        Console.WriteLine(a);
        var b = new Order(7) { Customer = await LookupAsync("bob"), Quantity = 3 };
        Console.WriteLine(b);
        var list = new List<Order> { new Order { Id = 8, Quantity = 1 }, new Order(9) { Customer = "cy" } };
        foreach (var o in list) Console.WriteLine(o);
        try
        {
            var bad = new Order { Id = 10, Quantity = 0 };
            Console.WriteLine(bad);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("rejected: " + e.Message);
        }
    }
}
