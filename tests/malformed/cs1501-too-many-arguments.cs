// expect: CS1501
// Add takes two arguments but is called with three (with too few, Roslyn says CS7036 instead).
using System;
using System.Threading.Tasks;


static class Program
{
    static int Add(int a, int b)
    {
        return a + b;
    }

    static void Main()
    {
        Console.WriteLine(Add(1, 2, 3));
    }
}
