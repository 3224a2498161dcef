// foreach over an iterator whose elements convert to the loop variable by a user-defined
// conversion: the loop still disposes the iterator when it breaks, so its finally runs.
using System;
using System.Collections.Generic;
class Meters
{
    public double V;
    public Meters(double v) { V = v; }
    public static implicit operator Meters(int x) => new Meters(x);
    public override string ToString() => V + "m";
}
class Program
{
    static IEnumerable<int> Lengths()
    {
        try { yield return 1; yield return 2; yield return 3; }
        finally { Console.WriteLine("Lengths: finally"); }
    }
    static void Main()
    {
        foreach (Meters m in Lengths())
        {
            Console.WriteLine(m);
            if (m.V == 2) break;
        }
        Console.WriteLine("done");
    }
}
