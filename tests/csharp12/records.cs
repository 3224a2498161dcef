// C# 12: records (positional record classes, an abstract record base, sealed derived records, records with extra members, an operator and a ToString override), with expressions, value equality, deconstruction of a record, records in a HashSet, a switch expression over records in an async method
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public record Money(decimal Amount, string Currency)
{
    public static Money operator +(Money a, Money b) =>
        a.Currency == b.Currency ? a with { Amount = a.Amount + b.Amount } : throw new InvalidOperationException("currency mismatch");

    public override string ToString() => $"{Amount:F2} {Currency}";
}

public abstract record Event(int Sequence, DateTime At);
public sealed record Deposit(int Sequence, DateTime At, Money Value) : Event(Sequence, At);
public sealed record Withdrawal(int Sequence, DateTime At, Money Value, string Reason) : Event(Sequence, At)
{
    public bool IsLarge => Value.Amount > 500;
}

public record Customer(string Name, string Email)
{
    public List<string> Tags { get; init; } = new();
}

public static class Program
{
    static async Task<Event[]> LoadAsync()
    {
        await Task.Delay(1);
        var day = new DateTime(2024, 3, 1);
        return new Event[]
        {
            new Deposit(1, day, new Money(1000m, "EUR")),
            new Withdrawal(2, day.AddDays(1), new Money(120m, "EUR"), "groceries"),
            new Withdrawal(3, day.AddDays(2), new Money(700m, "EUR"), "rent"),
        };
    }

    public static async Task Main()
    {
        var events = await LoadAsync();
        var balance = new Money(0m, "EUR");
        foreach (var e in events)
        {
            balance = e switch
            {
                Deposit d => balance + d.Value,
                Withdrawal w => balance + (w.Value with { Amount = -w.Value.Amount }),
                _ => balance,
            };
            Console.WriteLine($"#{e.Sequence} {e.GetType().Name} on {e.At:yyyy-MM-dd}: balance {balance}");
        }

        var first = new Customer("Ann", "ann@example.com");
        var renamed = first with { Name = "Anna" };
        var same = new Customer("Ann", "ann@example.com") { Tags = first.Tags };
        Console.WriteLine($"{first == same} {first == renamed} {ReferenceEquals(first, same)}");
        var (name, email) = renamed;
        Console.WriteLine($"{name} <{email}>");
        Console.WriteLine(new Money(5m, "USD"));

        var seen = new HashSet<Money> { new Money(5m, "USD"), new Money(5m, "USD"), new Money(5m, "NOK") };
        Console.WriteLine($"distinct money values: {seen.Count}");
        var big = (Withdrawal)events[2];
        Console.WriteLine(big.IsLarge + " " + big.Reason);
    }
}
