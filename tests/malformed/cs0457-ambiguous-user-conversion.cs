// expect: CS0457
// Both of `Token`'s conversions reach `Shape` (through `Circle` and through `Square`): neither is more specific (mcs: CS0029).
using System;

class Shape { }
class Circle : Shape { }
class Square : Shape { }

class Token
{
    public static implicit operator Circle(Token t) => new Circle();
    public static implicit operator Square(Token t) => new Square();
}

class Program
{
    static void Main()
    {
        Shape s = new Token();
        Console.WriteLine(s != null);
    }
}
