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
    public Money Balance;
    public Money Limit { get; set; } = 50;
    Money[] history = new Money[3];
    public Money this[int i] { get => history[i]; set => history[i] = value; }
    public static Money Fees { get; set; }
}

struct Pair
{
    public Money Left, Right;
}

class Program
{
    static async Task<Money> Later(int n)
    {
        await Task.Yield();
        return n;
    }

    static async Task Main()
    {
        var acct = new Account();
        acct.Balance += 5;
        acct.Balance++;
        acct.Limit += await Later(2);
        acct.Limit++;
        acct[1] += 7;
        acct[1]++;
        Account.Fees += 3;
        Account.Fees++;
        Console.WriteLine(acct.Balance + " " + acct.Limit + " " + acct[1] + " " + Account.Fees);
        var arr = new Money[] { 1, 2 };
        int i = 1;
        arr[i] += await Later(10);
        Money old = arr[0]++;
        Console.WriteLine(arr[0] + " " + arr[1] + " old " + old);
        var list = new List<Money> { 3, 4 };
        list[0] += list[1];
        list[1]++;
        Console.WriteLine(list[0] + " " + list[1]);
        var p = new Pair();
        p.Left += 1;
        p.Right++;
        Console.WriteLine(p.Left + " " + p.Right);
        var accounts = new[] { acct };
        accounts[0].Balance += 100;
        Console.WriteLine(accounts[0].Balance);
        var pairs = new Pair[2];
        pairs[1].Left += 4;
        pairs[1].Left++;
        Console.WriteLine(pairs[0].Left + " " + pairs[1].Left);
    }
}
