// expect: CS0115
// An override must take its parameters as the base method does: `ref int` is not `int`.
using System;

abstract class Shape
{
    public abstract void Grow(ref int size);
}

class Square : Shape
{
    public override void Grow(int size) { Console.WriteLine(size); }
}

static class Program
{
    static void Main()
    {
        int s = 1;
        new Square().Grow(ref s);
    }
}
