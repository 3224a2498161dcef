// expect: UA0100
// Valid C#: a field of a struct field of an unassigned struct local is assigned (definite assignment is tracked one level deep).
using System;
using System.Threading.Tasks;

struct Inner
{
    public int N;
}

struct Point
{
    public Inner In;
    public int Y;
}

static class Program
{
    static void Main()
    {
        Point p;
        p.In.N = 1;
        p.Y = 2;
        Console.WriteLine(p.In.N + p.Y);
    }
}
