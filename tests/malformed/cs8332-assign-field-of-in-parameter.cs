// expect: CS8332
// The fields of an `in` struct parameter are read-only too (C# 7.2+; mcs accepts this invalid program).
using System;

struct Point
{
    public int X;
}

static class Program
{
    static int Shift(in Point p)
    {
        p.X = 5;
        return p.X;
    }

    static void Main()
    {
        var p = new Point();
        Console.WriteLine(Shift(in p));
    }
}
