// expect: CS0534, CS0513, CS0144, CS0205
// A class leaves an abstract method unimplemented, a non-abstract class declares one, `new` of an abstract class, and `base.` of an abstract method.
using System;

abstract class Shape
{
    public abstract double Area();
}

class Blob : Shape
{
}

class Odd
{
    public abstract void F();
}

class Square : Shape
{
    public override double Area() { return base.Area() + 1; }

    static void Main()
    {
        var s = new Shape();
        Console.WriteLine(s);
    }
}
