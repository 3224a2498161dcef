// expect: CS0122
// A nested class is private by default: another class cannot name it as Outer.Hidden.
using System;

class Outer
{
    class Hidden { public int Code = 7; }
    public class Shown { }
}

class Program
{
    static void Main()
    {
        var s = new Outer.Shown();
        var h = new Outer.Hidden();
        Console.WriteLine(s);
    }
}
