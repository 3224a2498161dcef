// expect: UA0100
// Valid C#, but lambdas are outside the subset (Tier 2).
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Func<int, int> twice = x => x * 2;
        Console.WriteLine(twice(21));
    }
}
