// expect: CS0050, CS0050
// A private nested class is returned by a protected method of its outer class and by a public method of a public sibling.
using System;

public class Outer
{
    private class Secret { }

    public class Door
    {
        public Secret Open() { return null; }
    }

    protected Secret Peek() { return null; }

    // Fine: private members of the outer class, and of types nested in it, may use it.
    private Secret Keep() { return null; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("x");
    }
}
