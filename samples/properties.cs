// Properties: auto-properties ({ get; set; }, get-only set in a constructor, private set,
// initializers), properties with get/set bodies (validation in the setter), expression-bodied
// properties, static properties, and compound assignment and ++ through a property.
using System;
using System.Threading.Tasks;

class Account
{
    public static int Opened { get; private set; }
    public static string Bank => "unawait savings";

    public string Owner { get; }
    public int Balance { get; private set; }
    public string Currency { get; set; } = "EUR";
    public int Deposits { get; set; }

    private int limit = 100;
    public int Limit
    {
        get { return limit; }
        set
        {
            if (value < 0) throw new ArgumentException("limit must not be negative");
            Console.WriteLine("  limit " + limit + " -> " + value);
            limit = value;
        }
    }

    public bool Overdrawn => Balance < 0;
    public string Summary => Owner + ": " + Balance + " " + Currency + (Overdrawn ? " (overdrawn)" : "");

    public Account(string owner, int opening)
    {
        Owner = owner;
        Balance = opening;
        Opened++;
    }

    public async Task DepositAsync(int amount)
    {
        await Task.Delay(5);
        Balance += amount;
        Deposits++;
    }

    public void Withdraw(int amount)
    {
        if (Balance - amount < -Limit) throw new InvalidOperationException("over the limit");
        Balance -= amount;
    }
}

static class Program
{
    static async Task Main()
    {
        Console.WriteLine(Account.Bank);
        var a = new Account("ada", 10);
        var b = new Account("bob", 0);
        await a.DepositAsync(25);
        await a.DepositAsync(5);
        b.Withdraw(30);
        Console.WriteLine(a.Summary + ", " + a.Deposits + " deposits");
        Console.WriteLine(b.Summary);
        b.Currency = "USD";
        b.Limit += 50;
        b.Limit++;
        Console.WriteLine(b.Summary + ", limit " + b.Limit);
        try
        {
            b.Limit = -1;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("rejected: " + e.Message);
        }
        try
        {
            b.Withdraw(500);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("rejected: " + e.Message);
        }
        Console.WriteLine("opened " + Account.Opened);
    }
}
