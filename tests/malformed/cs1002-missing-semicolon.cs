// expect: CS1002
// The declaration of `x` is missing its `;`. mcs reports CS1525 (Unexpected symbol `Console') here instead of CS1002.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1
        Console.WriteLine(x);
    }
}
