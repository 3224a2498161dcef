// expect: CS1503
// Square expects an int and gets a string. (mcs reports CS1502 (best overload has invalid arguments) and then CS1503; Roslyn only CS1503.)
using System;
using System.Threading.Tasks;


static class Program
{
    static int Square(int n)
    {
        return n * n;
    }

    static void Main()
    {
        Console.WriteLine(Square("7"));
    }
}
