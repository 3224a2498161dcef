// expect: UA0100
// Valid C#: a generic local function declared inside another generic local function; unawait copies each generic local function per type argument list and does not nest those copies yet.
using System;

static class Program
{
    static void Main()
    {
        T Twice<T>(T x, Func<T, T> f)
        {
            U Apply<U>(U u, Func<U, U> g) => g(u);
            return Apply(Apply(x, f), f);
        }
        Console.WriteLine(Twice(3, n => n + 1));
    }
}
