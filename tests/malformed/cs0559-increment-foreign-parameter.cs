// expect: CS0559
// The parameter of `++` must be the type that declares it.
using System;

class Counter
{
    public int N;
    public static Counter operator ++(int n) => new Counter { N = n + 1 };
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
