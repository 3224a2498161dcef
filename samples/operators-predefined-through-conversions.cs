using System;
struct Meters
{
    public double V;
    public Meters(double v) { V = v; }
    public static implicit operator double(Meters m) => m.V;
    public override string ToString() => V + "m";
}
struct Count
{
    public int N;
    public static implicit operator int(Count c) => c.N;
    public static implicit operator double(Count c) => c.N + 0.5;
}
struct Yes
{
    public bool B;
    public static implicit operator bool(Yes y) => y.B;
}
class Label
{
    public string T;
    public static implicit operator string(Label l) => "[" + l.T + "]";
    public override string ToString() => "Label";
}
class Program
{
    static void Main()
    {
        var m = new Meters(2.5);
        var c = new Count { N = 3 };
        var y = new Yes { B = true };
        var lb = new Label { T = "x" };
        Console.WriteLine(m + 1);
        Console.WriteLine(m * m);
        Console.WriteLine(-m);
        Console.WriteLine(m > 2);
        Console.WriteLine(m == 2.5);
        Console.WriteLine(c + 1);
        Console.WriteLine(c + 1.0);
        Console.WriteLine(c + 1L);
        Console.WriteLine(c / 2);
        Console.WriteLine(c % 2 == 1);
        Console.WriteLine(c << 2);
        Console.WriteLine(~c);
        Console.WriteLine(!y);
        Console.WriteLine(y && true);
        Console.WriteLine(y & false);
        Console.WriteLine("s" + lb);
        Console.WriteLine(lb + "s");
        Console.WriteLine("m=" + m);
        double total = 1;
        total += m;
        total *= c;
        Console.WriteLine(total);
        int n = 10;
        n -= c;
        Console.WriteLine(n);
        if (y) Console.WriteLine("yes");
        Console.WriteLine(y ? 1 : 0);
        Console.WriteLine(Math.Abs(-m));
    }
}
