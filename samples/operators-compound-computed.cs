using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator ++(Money a) => new Money(a.Cents + 1);
    public static implicit operator Money(int whole) => new Money(whole * 100L);
    public override string ToString() => "$" + Cents;
}

class Account
{
    public string Name;
    public Money Balance;
    public Money Limit { get; set; }
    Dictionary<string, Money> fees = new Dictionary<string, Money>();
    public Money this[string k] { get => fees.TryGetValue(k, out var m) ? m : new Money(0); set => fees[k] = value; }
}

class Program
{
    static int calls;
    static Account[] accounts = { new Account { Name = "a" }, new Account { Name = "b" } };

    static Account Pick(int i)
    {
        calls++;
        Console.WriteLine("  pick " + accounts[i].Name);
        return accounts[i];
    }

    static int Index(int i)
    {
        Console.WriteLine("  index " + i);
        return i;
    }

    static async Task<Money> Later(int n)
    {
        await Task.Yield();
        Console.WriteLine("  later " + n);
        return n;
    }

    static async Task Main()
    {
        Pick(0).Balance += 5;
        Pick(1).Balance += await Later(7);
        Pick(0).Balance++;
        Money old = Pick(1).Balance++;
        Pick(0).Limit += 2;
        Pick(1)["x"] += await Later(3);
        Pick(1)["x"]++;
        var arr = new Money[] { 1, 2, 3 };
        arr[Index(2)] += await Later(10);
        arr[Index(0)]++;
        var list = new List<Money> { 4, 5 };
        list[Index(1)] += list[Index(0)];
        Console.WriteLine(accounts[0].Balance + " " + accounts[1].Balance + " old " + old + " " + accounts[0].Limit + " " + accounts[1]["x"]);
        Console.WriteLine(string.Join(" ", arr) + " | " + string.Join(" ", list) + " calls " + calls);
    }
}
