// expect: UA0100
// Valid C#, but `struct` declarations are outside the subset (Tier 2).
using System;
using System.Threading.Tasks;


struct Point
{
    public int X;
    public int Y;
}

static class Program
{
    static void Main()
    {
        Point p;
        p.X = 1;
        p.Y = 2;
        Console.WriteLine(p.X + p.Y);
    }
}
