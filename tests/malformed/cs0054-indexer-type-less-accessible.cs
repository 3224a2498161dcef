// expect: CS0054
// A public indexer of a public class returns an internal class.
using System;

class Node { }

public class Tree
{
    public Node this[int i] { get { return null; } }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Tree()[0] == null);
    }
}
