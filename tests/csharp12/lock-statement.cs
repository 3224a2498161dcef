// C# 12: lock statements on private object fields (in methods and property getters), a static lock object in a static class, shared state mutated by Task.Run workers running async lambdas, Task.WhenAll, LINQ Select building tasks
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class BankAccount
{
    private readonly object _sync = new object();
    private readonly List<string> _history = new List<string>();
    private decimal _balance;

    public BankAccount(decimal opening) { _balance = opening; }

    public bool Withdraw(decimal amount)
    {
        lock (_sync)
        {
            if (_balance < amount) return false;
            _balance -= amount;
            _history.Add("-" + amount);
            return true;
        }
    }

    public void Deposit(decimal amount)
    {
        lock (_sync)
        {
            _balance += amount;
            _history.Add("+" + amount);
        }
    }

    public decimal Balance { get { lock (_sync) return _balance; } }
    public int Operations { get { lock (_sync) return _history.Count; } }
}

static class Counters
{
    private static readonly object Gate = new object();
    private static int _value;

    public static int Next()
    {
        lock (Gate)
        {
            return ++_value;
        }
    }
}

class Program
{
    static async Task Main()
    {
        var account = new BankAccount(5000m);
        var workers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            for (int k = 0; k < 50; k++)
            {
                if (i % 2 == 0) account.Deposit(10m);
                else account.Withdraw(10m);
                Counters.Next();
                if (k % 10 == 0) await Task.Yield();
            }
        })).ToArray();
        await Task.WhenAll(workers);
        Console.WriteLine($"balance {account.Balance}, operations {account.Operations}, counter {Counters.Next() - 1}");
    }
}
