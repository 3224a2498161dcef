// expect: CS1056
// A backtick is not a C# token.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1 ` 2;
        Console.WriteLine(x);
    }
}
