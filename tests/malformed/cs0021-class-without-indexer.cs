// expect: CS0021
// A class that declares no indexer cannot be indexed, even if it holds an array.
using System;

class Box
{
    public int[] Items = new int[3];
}

class Program
{
    static void Main()
    {
        var b = new Box();
        Console.WriteLine(b[0]);
    }
}
