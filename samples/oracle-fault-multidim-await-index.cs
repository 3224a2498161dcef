using System;
using System.Threading.Tasks;

// C# evaluates a compound assignment to an element of a two-dimensional array as: the array,
// the indices left to right, the element read, the right side, the store (ECMA-334 §12.21.4).
static class Program
{
    static int[,] grid = new int[3, 4];

    static int Trace(string what, int v)
    {
        Console.WriteLine("eval " + what + " = " + v);
        return v;
    }

    static async Task<int> Later(int v)
    {
        await Task.Yield();
        return v;
    }

    static int[,] Grid()
    {
        Console.WriteLine("grid");
        return grid;
    }

    static async Task Main()
    {
        grid[2, 0] = 20;
        grid[2, 3] = 23;
        Grid()[Trace("i", 2), await Later(0)] += await Later(1000);
        Console.WriteLine(grid[2, 0]);
        grid[await Later(2), Trace("j", 3)] *= await Later(2);
        Console.WriteLine(grid[2, 3]);
    }
}
