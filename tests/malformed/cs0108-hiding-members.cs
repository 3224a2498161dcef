// expect: CS0108, CS0114
// A derived class redeclares a base method (hiding it, with a warning) and a virtual one without `override`: the program runs, each call picks the static type's method.
using System;

class Base
{
    public string Name() { return "base name"; }
    public virtual string Kind() { return "base kind"; }
}

class Derived : Base
{
    public string Name() { return "derived name"; }
    public string Kind() { return "derived kind"; }
}

static class Program
{
    static void Main()
    {
        Derived d = new Derived();
        Base b = d;
        Console.WriteLine(d.Name() + ", " + b.Name());
        Console.WriteLine(d.Kind() + ", " + b.Kind());
    }
}
