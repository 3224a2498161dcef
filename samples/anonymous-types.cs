// Anonymous types: a read-only property per member, value equality, and C#'s ToString.
using System;
using System.Collections.Generic;
using System.Linq;

class Order
{
    public string Customer;
    public string Item;
    public int Quantity;
    public Order(string customer, string item, int quantity)
    {
        Customer = customer;
        Item = item;
        Quantity = quantity;
    }
}

static class Program
{
    static void Main()
    {
        var point = new { X = 3, Y = 4 };
        Console.WriteLine(point);
        Console.WriteLine(point.X * point.X + point.Y * point.Y);

        // The same names and types in the same order are one type: values compare by value.
        var same = new { X = 3, Y = 4 };
        Console.WriteLine(point.Equals(same));
        Console.WriteLine(point == same);
        Console.WriteLine(point.GetHashCode() == same.GetHashCode());
        object swapped = new { Y = 4, X = 3 };
        Console.WriteLine(point.Equals(swapped));

        // Names come from the values when none is written: `x`, `o.Item`.
        var orders = new List<Order>
        {
            new Order("ada", "tea", 2),
            new Order("bob", "cake", 1),
            new Order("ada", "tea", 3),
            new Order("ada", "cake", 1),
        };
        var first = orders[0];
        int rank = 1;
        var summary = new { rank, first.Customer, Total = first.Quantity * 4.5, Gift = (string)null };
        Console.WriteLine(summary);

        // A composite key: GroupBy, Distinct and Dictionary use Equals and GetHashCode.
        var byCustomerItem = orders
            .GroupBy(o => new { o.Customer, o.Item })
            .Select(g => new { g.Key.Customer, g.Key.Item, Count = g.Sum(o => o.Quantity) });
        foreach (var line in byCustomerItem)
            Console.WriteLine(line);
        Console.WriteLine(orders.Select(o => new { o.Customer }).Distinct().Count());
        var stock = new Dictionary<object, int>();
        stock[new { Item = "tea", Size = 1 }] = 10;
        Console.WriteLine(stock[new { Item = "tea", Size = 1 }]);
        Console.WriteLine(stock.ContainsKey(new { Item = "tea", Size = 2 }));

        // Nested anonymous objects, arrays of them, and a delegate as a member.
        var shape = new { Name = "box", Corner = new { X = 0, Y = 0 }, Scale = (Func<int, int>)(n => n * 2) };
        Console.WriteLine(shape.Name + " " + shape.Corner + " " + shape.Scale(21));
        var points = new[] { new { X = 1, Y = 2 }, new { X = 5, Y = 1 } };
        Console.WriteLine(points.Max(p => p.X) + " " + points.OrderBy(p => p.Y).First());
        var empty = new { };
        Console.WriteLine(empty + " " + empty.Equals(new { }));
    }
}
