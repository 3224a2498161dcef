// expect: UA0100
// Valid C#, but an explicit implementation of an interface's indexer is not supported yet (interface indexers, methods and properties are).
using System;
using System.Threading.Tasks;


interface IGreeter
{
    string Greet(string name);
    int Count { get; }
    string this[int index] { get; }
}

class Greeter : IGreeter
{
    public string Greet(string name) => "hi " + name;
    public int Count => 1;
    string IGreeter.this[int index] => "greeting " + index;
}

static class Program
{
    static void Main()
    {
        IGreeter g = new Greeter();
        Console.WriteLine(g.Greet("a"));
    }
}
