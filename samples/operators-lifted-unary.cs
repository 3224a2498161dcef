// Lifted user-defined unary operators on a nullable struct (C# §12.4.8): null in, null out,
// the operator not called for null; ! returning bool lifts to bool?.
using System;
struct Deg
{
    public double V;
    public Deg(double v) { V = v; }
    public static Deg operator -(Deg a) { Console.Write("[neg] "); return new Deg(-a.V); }
    public static Deg operator ++(Deg a) { return new Deg(a.V + 1); }
    public static bool operator !(Deg a) { return a.V == 0; }
    public override string ToString() { return V + "deg"; }
}
class Sensor { public Deg? Last; }
class Program
{
    static void Main()
    {
        Deg? a = new Deg(2);
        Deg? b = null;
        Deg? na = -a;
        Deg? nb = -b;
        Console.WriteLine(na + " " + nb.HasValue);
        bool? za = !a;
        bool? zb = !b;
        Console.WriteLine(za + " " + zb.HasValue);
        var s = new Sensor { Last = new Deg(5) };
        Console.WriteLine(-s.Last + " " + (-(-s.Last)));
        s.Last = null;
        Console.WriteLine((-s.Last).HasValue + " " + (!s.Last == null));
    }
}
