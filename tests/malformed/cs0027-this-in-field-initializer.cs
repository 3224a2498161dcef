// expect: CS0027
// A field initializer uses `this`, which does not exist yet there.
using System;

class Node
{
    public Node Self = this;

    static void Main()
    {
        Console.WriteLine(new Node().Self == null);
    }
}
