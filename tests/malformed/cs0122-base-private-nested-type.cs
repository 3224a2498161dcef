// expect: CS0122
// A private nested class of a base class is not visible by name in a derived class (a protected one would be).
using System;

class Base
{
    private class Secret { }
    protected class Helper { public int V = 5; }
}

class Derived : Base
{
    public int Use()
    {
        var h = new Helper();
        var s = new Secret();
        return h.V;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Derived().Use());
    }
}
