// nameof(...) of locals, parameters, fields, properties (through this too), methods, types (generic
// ones by their name alone) and library members: a constant string (a const local, a case label), here
// also used for an ArgumentOutOfRangeException's parameter name and across an await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Account
{
    public int Balance { get; set; }
    private string owner = "x";
    public void Deposit(int amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), "must be positive");
        Balance += amount;
        Console.WriteLine(nameof(Deposit) + " " + nameof(Balance) + " " + nameof(owner) + " " + nameof(this.Balance));
    }
}
class Program
{
    static int counter;
    static async Task<int> Work(int input) { await Task.Delay(1); return input; }
    static async Task Main()
    {
        int local = 1;
        Console.WriteLine(nameof(local) + " " + nameof(counter) + " " + nameof(Program) + " " + nameof(Account) + " " + nameof(Work) + " " + nameof(Main));
        Console.WriteLine(nameof(Console.WriteLine) + " " + nameof(List<int>) + " " + nameof(Task) + " " + nameof(Account.Balance) + " " + nameof(string.Length));
        var a = new Account();
        a.Deposit(5);
        try { a.Deposit(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        string label = nameof(local);
        int v = await Work(local);
        Console.WriteLine($"{label}={v} {nameof(v)}");
        const string k = nameof(k);
        Console.WriteLine(k);
        switch (label) { case nameof(local): Console.WriteLine("matched"); break; }
    }
}
