// expect: CS8340, CS8341
// A readonly struct declares a field without `readonly` and an auto-property with `set`.
using System;

readonly struct Point
{
    public int X;
    public int Y { get; set; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point().X);
    }
}
