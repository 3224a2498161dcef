// expect: CS1026
// The call to WriteLine is missing its `)`. mcs reports CS1525 (Unexpected symbol `;', expecting `)' or `,') instead of CS1026.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Console.WriteLine("hello";
    }
}
