// expect: CS1010
// A string literal runs into the end of the line (follow-on errors for the missing `)` and `;` may appear).
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Console.WriteLine("unterminated);
    }
}
