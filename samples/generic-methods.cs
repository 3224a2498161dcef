// Generic methods of the program: type arguments inferred or written, constraints (an interface, a
// base class, `class`, `struct`, `new()`, `IComparable<T>`, `IEquatable<T>`), `default(T)`, `new T()`,
// `== null` on an unconstrained `T`, `ref T` parameters, and C#'s binding rule: a call inside a
// generic body is bound once, against `T`, not again for each type argument.
using System;
using System.Collections.Generic;

interface IShape
{
    double Area();
    string Name { get; }
}

class Square : IShape
{
    public double S;
    public Square(double s) { S = s; }
    public double Area() => S * S;
    public string Name => "square";
    public override string ToString() => "Square(" + S + ")";
}

class Animal
{
    public string Name = "animal";
    public virtual string Speak() => "...";
}

class Dog : Animal
{
    public Dog() { Name = "dog"; }
    public override string Speak() => "woof";
}

class Version : IComparable<Version>
{
    public int N;
    public Version(int n) { N = n; }
    public int CompareTo(Version o) => N.CompareTo(o.N);
    public override string ToString() => "v" + N;
}

struct Pt
{
    public int X;
    public override string ToString() => "Pt" + X;
}

class Box { public int V = 7; }

static class Program
{
    static T Id<T>(T x) => x;
    static void Show<T>(T x) { Console.WriteLine("show " + x); }
    static List<T> Repeat<T>(T x, int n)
    {
        var l = new List<T>();
        for (int i = 0; i < n; i++) l.Add(x);
        return l;
    }
    static TOut Apply<TIn, TOut>(TIn x, Func<TIn, TOut> f) => f(x);
    static T Def<T>() => default(T);
    static bool IsNull<T>(T x) => x == null;
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static T MaxOf<T>(List<T> xs) where T : IComparable<T>
    {
        T best = xs[0];
        foreach (var x in xs)
            if (x.CompareTo(best) > 0) best = x;
        return best;
    }
    static bool Same<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);
    static string Talk<T>(T a) where T : Animal => a.Name + ":" + a.Speak();
    static T Make<T>() where T : new() => new T();
    static double Total<T>(List<T> items) where T : IShape
    {
        double sum = 0;
        foreach (var s in items)
        {
            Console.WriteLine(s.Name + " " + s.Area());
            sum += s.Area();
        }
        return sum;
    }
    static string Describe<T>(T x)
    {
        object o = x;
        return o is int ? "int " + o : "other " + o;
    }

    static string Which(object o) => "object";
    static string Which(int i) => "int";
    static string Bound<T>(T x) => Which(x);

    static void Main()
    {
        Console.WriteLine(Id(3) + " " + Id<string>("s") + " " + Id(2.5));
        Show(4.5);
        Show(new Pt { X = 2 });
        Console.WriteLine(string.Join(",", Repeat(7, 3)) + " " + Repeat("ab", 2).Count);
        Console.WriteLine(Apply(5, x => x * 2.5) + " " + Apply("abc", s => s.Length));
        Console.WriteLine(Def<int>() + " " + (Def<string>() == null) + " " + Def<double>() + " " + Def<Pt>() + " " + Def<bool>());
        Console.WriteLine(IsNull<string>(null) + " " + IsNull(0) + " " + IsNull("a") + " " + IsNull<Box>(null));
        int a = 1, b = 2;
        Swap(ref a, ref b);
        string s1 = "x", s2 = "y";
        Swap(ref s1, ref s2);
        Console.WriteLine(a + " " + b + " " + s1 + s2);
        Console.WriteLine(Max(3, 7) + " " + Max("pear", "apple") + " " + Max(new Version(2), new Version(5)) + " " + Max(2.5, -1.0));
        Console.WriteLine(MaxOf(new List<int> { 4, 9, 2 }) + " " + MaxOf(new List<string> { "b", "c", "a" }));
        Console.WriteLine(Same(3, 3) + " " + Same("a", "b"));
        Console.WriteLine(Talk(new Dog()) + " " + Talk(new Animal()));
        Console.WriteLine(Make<Box>().V + " " + Make<int>() + " " + Make<Dog>().Name + " " + Make<Pt>());
        Console.WriteLine(Total(new List<Square> { new Square(1), new Square(2) }));
        Console.WriteLine(Describe(5) + "; " + Describe("q") + "; " + Describe(new Square(3)));
        // Bound once against T: `Which(object)`, whatever T is.
        Console.WriteLine(Bound(1) + " " + Bound("s") + " " + Which(1));
    }
}
