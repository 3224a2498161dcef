using System;
struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator ++(Money a) => new Money(a.Cents + 1);
    public void AddTwice(Money m) { this += m; this += m; this++; }
    public override string ToString() => "$" + Cents;
}
class Program
{
    static void Main()
    {
        var m = new Money(1);
        m.AddTwice(new Money(10));
        Console.WriteLine(m);
    }
}
