// C# 12: a state machine: an enum state, records as triggers (an abstract record, records with and without parameter lists), a switch expression over a (state, trigger) tuple with constant, type, property, extended property, or and var patterns, when guards and throw-expression arms, an async workflow, a static lambda argument
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

enum OrderState { New, Paid, Shipped, Delivered, Cancelled }

abstract record Trigger;
record Pay(decimal Amount) : Trigger;
record Ship(string Carrier) : Trigger;
record Deliver : Trigger;
record Cancel(string Reason) : Trigger;

class Order
{
    public Order(decimal total) { Total = total; }
    public decimal Total { get; }
    public OrderState State { get; private set; } = OrderState.New;
    public List<string> History { get; } = new();

    public void Apply(Trigger trigger)
    {
        var next = (State, trigger) switch
        {
            (OrderState.New, Pay { Amount: var paid }) when paid >= Total => OrderState.Paid,
            (OrderState.New, Pay p) => throw new InvalidOperationException($"paid {p.Amount}, owed {Total}"),
            (OrderState.Paid, Ship { Carrier.Length: > 0 }) => OrderState.Shipped,
            (OrderState.Shipped, Deliver) => OrderState.Delivered,
            (OrderState.New or OrderState.Paid, Cancel) => OrderState.Cancelled,
            (var s, var t) => throw new InvalidOperationException($"{t.GetType().Name} is not allowed in state {s}"),
        };
        History.Add($"{State} -> {next}");
        State = next;
    }
}

class Program
{
    static async Task<Order> RunAsync(decimal total, params Trigger[] triggers)
    {
        var order = new Order(total);
        foreach (var trigger in triggers)
        {
            await Task.Yield();
            try
            {
                order.Apply(trigger);
            }
            catch (InvalidOperationException e)
            {
                order.History.Add("rejected: " + e.Message);
            }
        }
        return order;
    }

    static void Print(Order order, Func<OrderState, string> format)
        => Console.WriteLine($"{format(order.State)}: {string.Join("; ", order.History)}");

    static async Task Main()
    {
        var happy = await RunAsync(50m, new Pay(50m), new Ship("postal"), new Deliver());
        var partial = await RunAsync(80m, new Pay(20m), new Cancel("changed my mind"), new Ship("late"));
        var stuck = await RunAsync(10m, new Pay(10m), new Ship(""), new Deliver());
        foreach (var order in new[] { happy, partial, stuck })
            Print(order, static s => s.ToString().ToUpperInvariant());
    }
}
