// expect: UA0100, UA0100, UA0100
// Optional and `params` parameters are reported where declared; calls that rely on them draw no arity errors (CS1501) on top.
using System;

class Program
{
    static int Add(int a, int b = 10) { return a + b; }
    static int Sum(params int[] xs) { return xs.Length; }
    static void Main()
    {
        Console.WriteLine(Add(1) + " " + Add(1, 2));
        Console.WriteLine(Sum(1, 2, 3));
        Console.WriteLine(Add(b: 3, a: 4));
    }
}
