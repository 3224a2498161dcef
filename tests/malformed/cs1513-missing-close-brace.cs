// expect: CS1513
// The class is never closed: the final `}` is missing. mcs reports CS1525 (Unexpected symbol `end-of-file') instead of CS1513.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Console.WriteLine("hello");
    }
