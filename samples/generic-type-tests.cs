// Type tests against a type parameter, in each instantiation: `o is T`, `o is T t` (unboxing a
// value type argument), `o as T` under a `class` constraint, a `T` value tested (boxed as C#
// boxes it), and `OfType<T>()` of a list of objects.
using System;
using System.Linq;
using System.Collections.Generic;
class Animal { public virtual string Name => "animal"; }
class Dog : Animal { public override string Name => "dog"; }
static class Program
{
    static bool Is<T>(object o) => o is T;
    static T As<T>(object o) where T : class => o as T;
    static int CountOf<T>(List<object> xs) { int n = 0; foreach (var x in xs) if (x is T) n++; return n; }
    static string Describe<T>(object o) { if (o is T t) return "T:" + t; return "not T"; }
    static List<T> Only<T>(IEnumerable<object> xs) => xs.OfType<T>().ToList();
    static string Kind<T>(T x) => x is string ? "string" : x is int ? "int" : "other";
    static void Main()
    {
        Console.WriteLine(Is<int>(5) + " " + Is<string>(5) + " " + Is<Animal>(new Dog()) + " " + Is<object>(null));
        Console.WriteLine((As<Dog>(new Animal()) == null) + " " + As<Animal>(new Dog()).Name);
        var xs = new List<object> { 1, "a", 2, new Dog(), null };
        Console.WriteLine(CountOf<int>(xs) + " " + CountOf<string>(xs) + " " + CountOf<Animal>(xs));
        Console.WriteLine(Describe<int>(5) + " " + Describe<string>(5));
        Console.WriteLine(string.Join(",", Only<int>(xs)) + " " + Only<Animal>(xs).Count);
        Console.WriteLine(Kind("s") + " " + Kind(3) + " " + Kind(2.5) + " " + Kind(new Dog()));
    }
}
