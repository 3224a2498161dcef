// expect: UA0103
// Valid C#, but the type `char` is outside the subset.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        char c = 'x';
        Console.WriteLine(c);
    }
}
