// expect: CS1605
// In a class, `this` is read-only: it cannot be passed as a ref or out argument.
using System;

class Node
{
    static void Take(ref Node n) { n = null; }

    public void Run() { Take(ref this); }

    static void Main()
    {
        new Node().Run();
        Console.WriteLine("ok");
    }
}
