// Compound assignment with a struct's user-defined operator on nullable structs (C# §12.4.8):
// x op= y is x = x op y lifted, null on either side leaving null without calling the operator;
// on locals, parameters, static fields and fields of this.
using System;
struct Deg
{
    public double V;
    public Deg(double v) { V = v; }
    public static Deg operator +(Deg a, Deg b) { Console.Write("[+] "); return new Deg(a.V + b.V); }
    public static Deg operator *(Deg a, int k) { return new Deg(a.V * k); }
    public override string ToString() { return V + "deg"; }
}
class Sensor
{
    public Deg? Last;
    public void Add(Deg? d) { Last += d; }
    public static Deg? Total;
}
class Program
{
    static void Main()
    {
        Deg? a = new Deg(1);
        Deg? none = null;
        a += new Deg(2);
        a += a;
        a *= 3;
        Console.WriteLine(a);
        a += none;
        Console.WriteLine(a.HasValue);
        none += new Deg(5);
        Console.WriteLine(none.HasValue);
        var s = new Sensor { Last = new Deg(10) };
        s.Add(new Deg(1));
        s.Add(null);
        Console.WriteLine(s.Last.HasValue);
        Sensor.Total = new Deg(0);
        for (int i = 0; i < 3; i++) Sensor.Total += new Deg(i);
        Console.WriteLine(Sensor.Total);
    }
}
