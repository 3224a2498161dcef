// expect: CS0246
// A nested type is named by its simple name only inside its outer type: elsewhere it is Outer.Inner.
using System;

class Outer
{
    public class Inner { }
}

class Program
{
    static void Main()
    {
        var i = new Inner();
        Console.WriteLine(i);
    }
}
