// Compound assignment and prefix ++ of nullable values on other objects' fields, properties,
// array elements and list elements: the object, array and index evaluated once, before the
// read (QA round 7: these drew UA0100).
using System;
using System.Collections.Generic;
struct Deg
{
    public double V;
    public Deg(double v) { V = v; }
    public static Deg operator +(Deg a, Deg b) { return new Deg(a.V + b.V); }
    public override string ToString() { return V + "deg"; }
}
class Sensor
{
    public Deg? Last;
    public int? Count;
    public Deg? Prop { get; set; }
    public int?[] Hist = new int?[3];
    public Deg?[] Degs = new Deg?[2];
}
class Program
{
    static int calls;
    static Sensor Get(Sensor s) { calls++; return s; }
    static int Idx(int i) { calls++; return i; }
    static void Main()
    {
        var s = new Sensor { Last = new Deg(1), Count = 0, Prop = new Deg(2) };
        s.Last += new Deg(2);
        Get(s).Last += new Deg(3);
        s.Count += 5;
        Get(s).Count *= 3;
        ++s.Count;
        s.Prop += s.Last;
        Get(s).Prop += new Deg(0.5);
        s.Hist[Idx(1)] = 4;
        s.Hist[Idx(1)] += 6;
        s.Hist[2] += 1;
        s.Degs[0] = new Deg(7);
        Get(s).Degs[Idx(0)] += new Deg(1);
        Console.WriteLine(s.Last + " " + s.Count + " " + s.Prop + " " + s.Hist[1] + " " + s.Hist[2].HasValue + " " + s.Degs[0] + " " + calls);
        var list = new List<int?> { 1, null };
        list[0] += 10;
        list[1] += 10;
        Console.WriteLine(list[0] + " " + list[1].HasValue);
        Sensor n = null;
        try { n.Count += 1; } catch (NullReferenceException) { Console.WriteLine("nre"); }
    }
}
