// expect: UA0100
// Valid C#, but a property of an interface is not supported yet (interface methods are).
using System;
using System.Threading.Tasks;


interface IGreeter
{
    string Greet(string name);
    int Count { get; }
}

static class Program
{
    static void Main()
    {
        IGreeter g = null;
        Console.WriteLine(g == null);
    }
}
