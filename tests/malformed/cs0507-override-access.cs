// expect: CS0507
// An override narrows the base method's `public` to `protected`.
using System;

class Shape { public virtual double Area() { return 0; } }
class Square : Shape { protected override double Area() { return 4; } }

static class Program
{
    static void Main() { Console.WriteLine(new Shape().Area()); }
}
