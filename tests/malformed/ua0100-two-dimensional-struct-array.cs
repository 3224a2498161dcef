// expect: UA0100
// A two-dimensional array of a struct created without an initializer (valid C#): its elements would each need a zeroed struct, which the runtime does not make yet.
using System;

struct Cell
{
    public int N;
}

static class Program
{
    static void Main()
    {
        var grid = new Cell[2, 3];
        Console.WriteLine(grid[1, 2].N);
    }
}
