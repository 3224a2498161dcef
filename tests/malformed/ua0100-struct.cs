// expect: UA0100
// Valid C#: the fields of an unassigned struct local are assigned one by one (definite assignment per field is not modelled).
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
