using System;
using System.Threading.Tasks;

struct Money
{
    public long Cents;
    public string Currency;
    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
}

struct Temp
{
    public double Degrees;
    public Temp(double d) : this() { Degrees = d; }
}

struct Tagged
{
    public int Id;
    public Money Price;
    public override bool Equals(object obj)
    {
        Console.WriteLine("Tagged.Equals");
        return base.Equals(obj);
    }
    public override int GetHashCode() { return base.GetHashCode(); }
}

class Program
{
    static async Task Main()
    {
        byte b = 5;
        Console.WriteLine(b.Equals(5));
        Console.WriteLine('a'.Equals('a'));
        Console.WriteLine(true.Equals(false));
        Console.WriteLine(double.NaN.Equals(double.NaN));
        Console.WriteLine(double.NaN == double.NaN);
        int x = 7;
        Console.WriteLine(x.Equals((object)7));
        Console.WriteLine(x.Equals((object)7L));
        await Task.Yield();
        var m1 = new Money(150, "EUR");
        var m2 = new Money(150, "EU" + "R");
        var m3 = new Money(150, null);
        Console.WriteLine(m1.Equals(m2));
        Console.WriteLine(m1.Equals(m3));
        Console.WriteLine(m3.Equals(m1));
        Console.WriteLine(m3.Equals(new Money(150, null)));
        Console.WriteLine(m1.GetHashCode() == m2.GetHashCode());
        Console.WriteLine(m1.Equals(null));
        Console.WriteLine(m1.Equals("EUR"));
        Console.WriteLine(new Temp(0.0).Equals(new Temp(-0.0)));
        Console.WriteLine(new Temp(double.NaN).Equals(new Temp(double.NaN)));
        Console.WriteLine(new Temp(1.5).Equals(new Temp(2.5)));
        var t1 = new Tagged { Id = 1, Price = m1 };
        var t2 = new Tagged { Id = 1, Price = m2 };
        Console.WriteLine(t1.Equals(t2));
        Console.WriteLine(t1.GetHashCode() == t2.GetHashCode());
        t2.Price.Cents = 151;
        Console.WriteLine(t1.Equals(t2));
        object boxed = t1;
        Console.WriteLine(object.Equals(boxed, t1));
        Console.WriteLine(default(Money).Equals(new Money()));
    }
}
