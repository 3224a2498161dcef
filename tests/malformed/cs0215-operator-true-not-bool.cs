// expect: CS0215, CS0215
// `operator true` and `operator false` must return bool.
using System;

struct Level
{
    public int N;
    public static int operator true(Level l) => l.N;
    public static int operator false(Level l) => -l.N;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
