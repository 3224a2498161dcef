using System;

static class Program
{
    static int Compute(int x) { return x * 100 + 3; }
    static int Main()
    {
        Console.WriteLine("returning 303 -> 47");
        return Compute(3);
    }
}
