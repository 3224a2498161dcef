// expect: CS0535, CS0737, CS0738
// A class misses an interface method, implements one with a private method, and one with another return type.
using System;

interface IShape
{
    double Area();
    string Name();
    int Sides();
}

class Square : IShape
{
    string Name() { return "square"; }
    public long Sides() { return 4; }
}

static class Program
{
    static void Main() { }
}
