// expect: CS0121
// An interface extends two interfaces that each declare `Describe()`: a call through it is ambiguous.
using System;

interface INamed { string Describe(); }
interface ISized { string Describe(); }
interface IShape : INamed, ISized { }

class Square : IShape
{
    string INamed.Describe() { return "named"; }
    string ISized.Describe() { return "sized"; }
}

class Program
{
    static void Main()
    {
        IShape s = new Square();
        Console.WriteLine(s.Describe());
    }
}
