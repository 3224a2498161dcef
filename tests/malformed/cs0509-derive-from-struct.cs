// expect: CS0509
// A class derives from a struct: structs are sealed.
using System;

struct Point
{
    public int X;
}

class Point3 : Point
{
    public int Z;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point().X);
    }
}
