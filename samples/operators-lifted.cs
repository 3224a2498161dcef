using System;
using System.Threading.Tasks;
struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) { Console.Write("[+]"); return new Money(a.Cents + b.Cents); }
    public static bool operator ==(Money a, Money b) { Console.Write("[==]"); return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { Console.Write("[!=]"); return a.Cents != b.Cents; }
    public static bool operator <(Money a, Money b) { Console.Write("[<]"); return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { Console.Write("[>]"); return a.Cents > b.Cents; }
    public override bool Equals(object o) => o is Money m && m.Cents == Cents;
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => "$" + Cents;
}
class Program
{
    static Money? Find(int n) => n > 0 ? new Money(n) : (Money?)null;
    static async Task<Money?> Later(int n) { await Task.Yield(); return Find(n); }
    static void Show(Money? m) => Console.WriteLine(m.HasValue ? m.Value.ToString() : "null");
    static async Task Main()
    {
        Money? a = Find(5), b = Find(7), none = Find(0);
        Show(a + b);
        Show(a + none);
        Show(none + a);
        Show(a + new Money(1));
        Console.WriteLine(a == b);
        Console.WriteLine(a == new Money(5));
        Console.WriteLine(a == none);
        Console.WriteLine(none == Find(0));
        Console.WriteLine(a != none);
        Console.WriteLine(none != Find(-1));
        Console.WriteLine(a != b);
        Console.WriteLine(a == null);
        Console.WriteLine(none == null);
        Console.WriteLine(a < b);
        Console.WriteLine(a < none);
        Console.WriteLine(none > a);
        Money? x = await Later(1), y = await Later(2), z = await Later(0);
        Show(x + y);
        Console.WriteLine(x == z);
        Console.WriteLine(x < y);
    }
}
