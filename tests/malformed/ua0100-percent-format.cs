// expect: UA0100
// Valid C#, but the custom numeric format `0.0%` (percent scaling) is outside what unawait formats.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        double share = 0.25;
        Console.WriteLine($"{share:0.0%}");
    }
}
