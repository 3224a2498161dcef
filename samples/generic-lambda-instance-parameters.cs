// A lambda argument whose parameter type is a generic class of the program instantiated with
// the call's inferred type arguments (`Func<Box<T>, TR>` with `T` inferred as `Animal`): the
// lambda's parameter is the instance `Box<Animal>`, whose members return `Animal`, also when
// no code named that instance before the call, and in an async lambda.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Box<T>
{
    readonly T _v;
    public Box(T v) { _v = v; }
    public T Get() => _v;
    public Box<U> Map<U>(Func<T, U> f) => new Box<U>(f(_v));
}
class Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } }
class Animal { public string Name = "animal"; }

class Program
{
    static TR Apply<T, TR>(Func<Box<T>, TR> f, Box<T> b) => f(b);
    static TR With<T, TR>(T x, Func<Pair<T, int>, TR> f) => f(new Pair<T, int>(x, 3));
    static async Task<TR> WithAsync<T, TR>(T x, Func<Box<T>, Task<TR>> f)
    {
        var r = await f(new Box<T>(x));
        Console.WriteLine("  got " + r);
        return r;
    }
    static List<TR> All<T, TR>(IEnumerable<T> xs, Func<Box<T>, TR> f) => xs.Select(x => f(new Box<T>(x))).ToList();

    static async Task Main()
    {
        Console.WriteLine(Apply(b => b.Get().Name, new Box<Animal>(new Animal())));
        Console.WriteLine(Apply<Animal, int>(b => b.Get().Name.Length, new Box<Animal>(new Animal())));
        Console.WriteLine(With("abc", p => p.First.Length + p.Second));
        Console.WriteLine(await WithAsync(2.5, async b => { await Task.Yield(); return b.Get() * 2; }));
        Console.WriteLine(string.Join(",", All(new[] { 1, 2 }, b => b.Map(x => x * 10).Get())));
        Console.WriteLine(With(new Animal(), p => p.First.Name + p.Second));
    }
}
