using System;
using System.Threading.Tasks;

struct Money
{
    public long Cents;
    public Money(long cents) { Cents = cents; }

    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new Money(a.Cents - b.Cents);
    public static Money operator -(Money a) => new Money(-a.Cents);
    public static Money operator *(Money a, int k) => new Money(a.Cents * k);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => !(a == b);
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;
    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;
    public static Money operator ++(Money a) => new Money(a.Cents + 100);

    public override bool Equals(object o) => o is Money m && m.Cents == Cents;
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => (Cents / 100) + "." + (Cents % 100).ToString("D2");
}

class Program
{
    static async Task<Money> Price(long cents)
    {
        await Task.Yield();
        return new Money(cents);
    }

    static async Task<Money> Total(int n)
    {
        Money sum = new Money(0);
        for (int i = 1; i <= n; i++)
        {
            sum += await Price(i * 150);
            Console.WriteLine("running " + sum);
        }
        return sum - await Price(50);
    }

    static async Task Main()
    {
        var a = new Money(1250);
        var b = new Money(399);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(-b);
        Console.WriteLine(b * 3);
        Console.WriteLine(a == b);
        Console.WriteLine(a != b);
        Console.WriteLine(a == new Money(1250));
        Console.WriteLine(a < b);
        Console.WriteLine(a > b);
        Console.WriteLine(a <= new Money(1250));
        Console.WriteLine(b >= a);
        var c = b;
        c++;
        Console.WriteLine(c + " " + b);
        Money d = c++;
        Console.WriteLine(d + " " + c);
        Money e = ++c;
        Console.WriteLine(e + " " + c);
        c -= new Money(1);
        Console.WriteLine(c);
        c *= 2;
        Console.WriteLine(c);
        Money t = await Total(3);
        Console.WriteLine("total " + t);
        Console.WriteLine(t == await Price(850));
        Console.WriteLine(await Price(100) + await Price(23));
    }
}
