// expect: UA0100
// Valid C#, but `interface` declarations are outside the subset (Tier 2).
using System;
using System.Threading.Tasks;


interface IGreeter
{
    string Greet(string name);
}

static class Program
{
    static void Main()
    {
        IGreeter g = null;
        Console.WriteLine(g == null);
    }
}
