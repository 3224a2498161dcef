// expect: CS0055
// A public indexer of a public class takes an internal class as its index.
using System;

class Key { }

public class Table
{
    public int this[Key k] { get { return 0; } }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Table()[new Key()]);
    }
}
