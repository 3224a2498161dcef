// expect: CS0106
// A struct declares a virtual method: a struct is sealed, so `virtual` is not valid there.
using System;

struct Point
{
    public int X;
    public virtual int Get() { return X; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point().Get());
    }
}
