using System;
struct Money
{
    public long Cents;
    public static implicit operator Money(int whole) => new Money { Cents = whole * 100L };
    public static explicit operator Money(double d) => new Money { Cents = (long)(d * 100) };
    public override string ToString() => "$" + Cents;
}
class Program
{
    static Money? Opt(bool b) => b ? 3 : (Money?)null;
    static void Main()
    {
        Money? m = 5;
        Console.WriteLine(m.Value);
        Money? d = (Money?)1.25;
        Console.WriteLine(d.Value);
        Console.WriteLine(Opt(true).HasValue + " " + Opt(false).HasValue);
    }
}
