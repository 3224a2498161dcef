// expect: UA0100
// Valid C#, but generic virtual methods (and generic interface methods) are outside the subset: each override would need its own instantiations.
using System;

class Shape
{
    public virtual T Pick<T>(T a, T b) => a;
}

class Square : Shape
{
    public override T Pick<T>(T a, T b) => b;
}

static class Program
{
    static void Main()
    {
        Shape s = new Square();
        Console.WriteLine(s.Pick(1, 2));
    }
}
