// Lifted user-defined conversions (C# §10.6.2): Celsius? to Fahrenheit? through Celsius to
// Fahrenheit (null stays null, the operator not called), in assignments, fields and arguments;
// `none ?? 5` converts 5 through Celsius's implicit operator; a cast of Celsius? to Fahrenheit
// or int reads Value first (InvalidOperationException for null).
using System;
struct Celsius
{
    public double T;
    public Celsius(double t) { T = t; }
    public static implicit operator Fahrenheit(Celsius c) { Console.Write("[conv] "); return new Fahrenheit(c.T * 9 / 5 + 32); }
    public static explicit operator int(Celsius c) { return (int)c.T; }
    public static implicit operator Celsius(int d) { return new Celsius(d); }
    public override string ToString() { return T + "C"; }
}
struct Fahrenheit
{
    public double T;
    public Fahrenheit(double t) { T = t; }
    public override string ToString() { return T + "F"; }
}
class Station { public Celsius? Now; public Fahrenheit? NowF; }
class Program
{
    static string Show(Fahrenheit? f) { return f.HasValue ? f.Value.ToString() : "none"; }
    static void Main()
    {
        Celsius? none = null;
        Celsius? some = new Celsius(100);
        Fahrenheit? a = none;
        Fahrenheit? b = some;
        Console.WriteLine(a.HasValue + " " + b);
        var st = new Station { Now = new Celsius(-40) };
        st.NowF = st.Now;
        Console.WriteLine(st.NowF);
        Console.WriteLine(Show(some) + " " + Show(none));
        int? i = (int?)some;
        int? j = (int?)none;
        Console.WriteLine(i + " " + j.HasValue);
        Fahrenheit f = (Fahrenheit)some;
        Console.WriteLine(f);
        int k = (int)some;
        Console.WriteLine(k);
        Celsius c0 = none ?? 5;
        Celsius c1 = some ?? 5;
        Console.WriteLine(c0 + " " + c1);
        try { Fahrenheit g = (Fahrenheit)none; Console.WriteLine(g); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { int h = (int)none; Console.WriteLine(h); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
