// expect: CS1009
// `\q` is not a C# escape sequence.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Console.WriteLine("a\qb");
    }
}
