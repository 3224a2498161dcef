// expect: CS0417
// `new T(...)` cannot pass arguments, even with `where T : new()`.
using System;

class Box { public int V; public Box() { } public Box(int v) { V = v; } }

static class Program
{
    static T Make<T>(int v) where T : new() => new T(v);

    static void Main()
    {
        Console.WriteLine(Make<Box>(3).V);
    }
}
