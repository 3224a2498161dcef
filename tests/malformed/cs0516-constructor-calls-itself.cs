// expect: CS0516
// A constructor chains to itself with `: this(...)`.
using System;

class Loop
{
    public Loop(int n) : this(n) { }

    static void Main()
    {
        Console.WriteLine(new Loop(1) == null);
    }
}
