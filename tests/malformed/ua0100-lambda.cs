// expect: UA0100
// Valid C#, but a lambda in a field initializer is outside the subset (lambdas elsewhere are in).
using System;
using System.Threading.Tasks;


static class Program
{
    static Func<int, int> twice = x => x * 2;

    static void Main()
    {
        Console.WriteLine(twice(21));
    }
}
