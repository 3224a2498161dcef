using System;
using System.Threading.Tasks;

class Cell
{
    public string Name;
    public Cell(string name) { Name = name; }
    public override string ToString() { return "Cell(" + Name + ")"; }
}

static class Program
{
    static int Trace(string what, int v)
    {
        Console.WriteLine("  eval " + what + " = " + v);
        return v;
    }

    static async Task<int> Later(int v)
    {
        await Task.Yield();
        return v;
    }

    static int[,] Grid(string why)
    {
        Console.WriteLine("  grid for " + why);
        return grid;
    }

    static int[,] grid = new int[3, 4];

    static async Task Main()
    {
        for (int i = 0; i < grid.GetLength(0); i++)
            for (int j = 0; j < grid.GetLength(1); j++)
                grid[i, j] = i * 10 + j;
        Console.WriteLine(grid.Length + " " + grid.Rank + " " + grid.GetLength(0) + "x" + grid.GetLength(1));
        Console.WriteLine(grid);

        int sum = 0;
        foreach (int v in grid) sum += v;
        Console.WriteLine("sum " + sum);

        var m = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        foreach (var v in m) Console.Write(v + " ");
        Console.WriteLine();
        Console.WriteLine(m[1, 0] + m[0, 2]);

        var names = new string[2, 2];
        names[0, 0] = "top-left";
        names[1, 1] = "bottom-right";
        Console.WriteLine(names[0, 0] + " " + (names[0, 1] == null) + " " + names[1, 1]);
        Console.WriteLine(names);

        var implicitly = new[,] { { 1.5, 2 }, { 3, 4.25 } };
        Console.WriteLine(implicitly[0, 1] + implicitly[1, 1]);
        Console.WriteLine(implicitly);

        // Compound assignment, ++ and awaits in the indices: the array, then the indices left
        // to right, then the element is read, then written.
        Console.WriteLine("compound:");
        Grid("compound")[Trace("i", 1), Trace("j", 2)] += Trace("rhs", 100);
        Console.WriteLine(grid[1, 2]);
        Console.WriteLine("await in indices:");
        grid[2, await Later(0)] += await Later(1000);
        Console.WriteLine(grid[2, 0]);
        grid[await Later(2), 3] *= await Later(2);
        Console.WriteLine(grid[2, 3]);
        grid[0, 0]++;
        ++grid[0, 0];
        Console.WriteLine(grid[0, 0] + " " + grid[0, 0]--);
        int k = await Later(1);
        grid[k, k] = await Later(77);
        Console.WriteLine(grid[1, 1]);

        var cells = new Cell[2, 3];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                cells[i, j] = new Cell(i + "," + j);
        for (int n = 0; n < 2000; n++)
        {
            var garbage = new Cell[4, 4];
            garbage[n % 4, 3] = new Cell("g" + n);
        }
        foreach (var c in cells) Console.Write(c + " ");
        Console.WriteLine();
        Console.WriteLine(cells);

        try { Console.WriteLine(m[2, 0]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine("row: " + e.Message); }
        int minus = -1;
        try { m[0, minus] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("column: " + e.Message); }
        try { Console.WriteLine(m.GetLength(2)); }
        catch (IndexOutOfRangeException e) { Console.WriteLine("dimension: " + e.Message); }
        try
        {
            Console.WriteLine("out of range after evaluating:");
            m[Trace("i", 5), Trace("j", 0)] = Trace("value", 1);
        }
        catch (IndexOutOfRangeException) { Console.WriteLine("caught"); }
        int[,] none = null;
        try { none[0, 0] = 1; }
        catch (NullReferenceException) { Console.WriteLine("null array"); }
        try { var bad = new int[2, minus]; Console.WriteLine(bad.Length); }
        catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }

        var empty = new int[0, 5];
        Console.WriteLine(empty.Length + " " + empty.GetLength(1));
        foreach (var v in empty) Console.WriteLine("never");
        object boxed = m;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.GetType().Name + " " + names.GetType().Name + " " + new int[1].GetType().Name);
    }
}
