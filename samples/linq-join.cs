// LINQ joins: `join ... on ... equals ... select` (Join) and `join ... into g` (GroupJoin) in
// query syntax and as methods: inner elements of a key in the inner sequence's order, outer
// elements without a match dropped by Join and given an empty group by GroupJoin, null keys
// matching nothing; the inner sequence is read once, when the outer one has a first element.
using System;
using System.Collections.Generic;
using System.Linq;

class Order
{
    public int Id;
    public string Customer;
    public int Amount;
    public Order(int id, string customer, int amount) { Id = id; Customer = customer; Amount = amount; }
}

class Program
{
    static void Main()
    {
        var customers = new List<string> { "ann", "bob", "cy", null };
        var orders = new List<Order>
        {
            new Order(1, "bob", 30), new Order(2, "ann", 12), new Order(3, "bob", 5),
            new Order(4, "dee", 40), new Order(5, null, 1), new Order(6, "ann", 8),
        };
        var pairs = from c in customers
                    join o in orders on c equals o.Customer
                    select c + "#" + o.Id;
        Console.WriteLine(string.Join(" ", pairs));
        var totals = from c in customers
                     join o in orders on c equals o.Customer into mine
                     select (c ?? "(null)") + "=" + mine.Sum(o => o.Amount) + "/" + mine.Count();
        Console.WriteLine(string.Join(" ", totals));
        var byMethod = orders.Join(customers, o => o.Customer, c => c, (o, c) => o.Id + c.ToUpper());
        Console.WriteLine(string.Join(" ", byMethod));
        var grouped = customers.Where(c => c != null)
            .GroupJoin(orders, c => c, o => o.Customer, (c, os) => c + ":" + string.Join(",", os.Select(o => o.Amount)));
        Console.WriteLine(string.Join(" ", grouped));
        var letters = from ch in "abz"
                      join w in new[] { "apple", "bean", "avocado" } on ch equals w[0]
                      select ch + "-" + w;
        Console.WriteLine(string.Join(" ", letters));

        Console.WriteLine("order of calls:");
        var outer = new[] { 1, 2 }.Select(x => { Console.WriteLine("  outer " + x); return x; });
        var inner = new[] { 2, 1, 2 }.Select(y => { Console.WriteLine("  inner " + y); return y; });
        var joined = outer.Join(inner, x => x, y => y, (x, y) => x * 10 + y);
        Console.WriteLine("built");
        foreach (var v in joined)
        {
            Console.WriteLine("got " + v);
        }
        var none = new int[0].Join(inner, x => x, y => y, (x, y) => x + y);
        Console.WriteLine("empty outer: " + none.Count());
    }
}
