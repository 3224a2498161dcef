// expect: UA0100
// Valid C#, but generic user methods are outside the subset (Tier 3).
using System;
using System.Threading.Tasks;


static class Program
{
    static T Identity<T>(T value)
    {
        return value;
    }

    static void Main()
    {
        Console.WriteLine(Identity(5));
    }
}
