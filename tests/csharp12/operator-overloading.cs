// C# 12: operator overloading (binary +, -, *, unary -, ++, ==, !=, <, >, true/false), implicit and explicit conversion operators, a readonly struct implementing IEquatable<T> and IComparable<T>, Equals/GetHashCode overrides, operator true used by if and ?:
// mcs: compiles and runs
using System;

readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }

    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new Money(a.Cents - b.Cents);
    public static Money operator -(Money a) => new Money(-a.Cents);
    public static Money operator *(Money a, int factor) => new Money(a.Cents * factor);
    public static Money operator *(int factor, Money a) => a * factor;
    public static Money operator ++(Money a) => new Money(a.Cents + 1);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => !(a == b);
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static bool operator true(Money m) => m.Cents != 0;
    public static bool operator false(Money m) => m.Cents == 0;

    public static implicit operator Money(int whole) => new Money(whole * 100L);
    public static explicit operator decimal(Money m) => m.Cents / 100m;
    public static explicit operator Money(decimal d) => new Money((long)Math.Round(d * 100m));

    public bool Equals(Money other) => Cents == other.Cents;
    public override bool Equals(object obj) => obj is Money m && Equals(m);
    public override int GetHashCode() => Cents.GetHashCode();
    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);
    public override string ToString() => (Cents < 0 ? "-" : "") + (Math.Abs(Cents) / 100) + "." + (Math.Abs(Cents) % 100).ToString("D2");
}

class Program
{
    static void Main()
    {
        Money price = 12;
        Money tax = (Money)1.35m;
        Money total = price + tax;
        Console.WriteLine($"total {total}");
        Console.WriteLine($"double {total * 2}, triple {3 * total}, difference {price - tax}");
        Console.WriteLine($"refund {-total}");
        Money counter = 0;
        counter++;
        ++counter;
        Console.WriteLine($"counter {counter}");
        Console.WriteLine((decimal)total);
        Console.WriteLine(total == new Money(1335));
        Console.WriteLine(total != price);
        Console.WriteLine(price > tax && tax < price);
        if (counter) Console.WriteLine("counter is non-zero");
        Money zero = 0;
        Console.WriteLine(zero ? "truthy" : "falsy");
        Money[] wallet = { 5, (Money)0.5m, 20 };
        Array.Sort(wallet);
        Console.WriteLine(string.Join(" ", wallet));
        Console.WriteLine(total.Equals((object)new Money(1335)));
    }
}
