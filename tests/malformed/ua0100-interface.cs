// expect: UA0100
// Valid C#, but an indexer of an interface is not supported yet (interface methods and properties are).
using System;
using System.Threading.Tasks;


interface IGreeter
{
    string Greet(string name);
    int Count { get; }
    string this[int index] { get; }
}

static class Program
{
    static void Main()
    {
        IGreeter g = null;
        Console.WriteLine(g == null);
    }
}
