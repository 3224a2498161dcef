// expect: CS0448
// `operator ++` must return the type of its parameter.
using System;

class Counter
{
    public int N;
    public static int operator ++(Counter c) => c.N + 1;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
