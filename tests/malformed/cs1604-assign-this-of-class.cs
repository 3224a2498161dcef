// expect: CS1604
// `this` of a class cannot be assigned (a struct's can: samples/struct-assign-this.cs).
using System;

class Node
{
    public int Value;
    public void Replace(Node other)
    {
        this = other;
    }

    static void Main()
    {
        var n = new Node();
        n.Replace(new Node { Value = 3 });
        Console.WriteLine(n.Value);
    }
}
