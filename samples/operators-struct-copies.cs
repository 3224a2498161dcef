using System;
struct Counter
{
    public int N;
    public static Counter operator ++(Counter c) { c.N++; return c; }
    public static Counter operator +(Counter a, Counter b) { a.N += b.N; return a; }
    public override string ToString() => "N=" + N;
}
class Box
{
    public int N;
    public static Box operator ++(Box b) { b.N++; return b; }
}
class Program
{
    static void Main()
    {
        var x = new Counter { N = 1 };
        var old = x++;
        Console.WriteLine(old + " " + x);
        var y = x + old;
        Console.WriteLine(x + " " + old + " " + y);
        var z = ++x;
        z.N = 100;
        Console.WriteLine(x + " " + z);
        var b = new Box { N = 1 };
        var ob = b++;
        Console.WriteLine(ob.N + " " + b.N + " " + ReferenceEquals(ob, b));
        Counter[] arr = { new Counter { N = 5 } };
        var e = arr[0] + arr[0];
        Console.WriteLine(arr[0] + " " + e);
    }
}
