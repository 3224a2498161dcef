// expect: CS0452
// A value type as the argument of a generic class constrained to reference types.
using System;

class Cache<T> where T : class
{
    public T Last;
}

class Program
{
    static void Main()
    {
        var c = new Cache<int>();
        Console.WriteLine(c.Last);
    }
}
