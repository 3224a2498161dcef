// expect: CS0833
// Two members of an anonymous type named alike: `order.Id` and `customer.Id` both project `Id`.
using System;

class Order { public int Id = 7; }
class Customer { public int Id = 9; }

static class Program
{
    static void Main()
    {
        var order = new Order();
        var customer = new Customer();
        var row = new { order.Id, customer.Id };
        Console.WriteLine(row);
    }
}
