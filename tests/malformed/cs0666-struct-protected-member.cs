// expect: CS0666
// A struct declares a protected field: no type derives from a struct.
using System;

struct Point
{
    protected int X;
    public int Get() { return X; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point().Get());
    }
}
