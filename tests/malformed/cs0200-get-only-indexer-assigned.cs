// expect: CS0200
// An indexer with only a get accessor cannot be assigned.
using System;

class Squares
{
    public int this[int i] => i * i;
}

class Program
{
    static void Main()
    {
        var s = new Squares();
        s[2] = 5;
        Console.WriteLine(s[2]);
    }
}
