using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public static implicit operator Money(int whole) => new Money(whole * 100L);
    public static explicit operator int(Money m) => (int)(m.Cents / 100);
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public override string ToString() => "$" + Cents;
}

class Program
{
    static Money Pick(bool b, Money m) => b ? m : 7;
    static async Task<Money> Fetch(int n)
    {
        await Task.Yield();
        return n;
    }

    static async Task Main()
    {
        Money m = 5;
        m += 3;
        Console.WriteLine(m);
        Console.WriteLine(m + 1);
        Console.WriteLine(1 + m);
        Console.WriteLine(Pick(false, m));
        var xs = new List<Money> { 1, 2 };
        foreach (int w in xs) Console.WriteLine(w);
        var arr = new Money[] { 4, 5 };
        Console.WriteLine(arr[1]);
        Money[] arr2 = { 6 };
        Console.WriteLine(arr2[0]);
        int k = (int)m;
        Console.WriteLine(k);
        long big = (int)m;
        Console.WriteLine(big);
        Console.WriteLine("s" + m);
        Console.WriteLine($"{m} and {m + m}");
        Money total = 0;
        foreach (int w in new List<Money> { 10, await Fetch(20) })
        {
            total += await Fetch(w);
            Console.WriteLine(w + " -> " + total);
        }
        Money chosen = total.Cents > 0 ? await Fetch(1) : 2;
        Console.WriteLine(chosen);
    }
}
