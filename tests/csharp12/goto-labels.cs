// C# 12: goto with labels (a forward jump out of nested loops, a backward jump forming a loop, a retry label across an await), labeled statements, goto case and goto default in a switch statement, out parameters definitely assigned through a goto
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

class Program
{
    static bool FindCell(int[,] grid, int target, out int row, out int col)
    {
        for (row = 0; row < grid.GetLength(0); row++)
            for (col = 0; col < grid.GetLength(1); col++)
                if (grid[row, col] == target) goto found;
        row = col = -1;
        return false;
    found:
        return true;
    }

    static async Task<string> ConnectAsync(int failuresBeforeSuccess)
    {
        int attempt = 0;
    retry:
        attempt++;
        await Task.Delay(1);
        if (attempt <= failuresBeforeSuccess)
        {
            Console.WriteLine($"attempt {attempt} failed");
            if (attempt < 5) goto retry;
            return "gave up";
        }
        return $"connected after {attempt} attempts";
    }

    static string Describe(int level)
    {
        string text = "";
        switch (level)
        {
            case 3:
                text += "critical ";
                goto case 2;
            case 2:
                text += "error ";
                goto case 1;
            case 1:
                text += "warning";
                break;
            case 0:
                goto default;
            default:
                text = "info";
                break;
        }
        return text;
    }

    static async Task Main()
    {
        var grid = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        int r, c;
        if (FindCell(grid, 5, out r, out c)) Console.WriteLine($"found at {r},{c}");
        Console.WriteLine(FindCell(grid, 9, out r, out c) ? "found" : $"not found ({r},{c})");
        Console.WriteLine(await ConnectAsync(2));
        for (int level = 0; level <= 3; level++) Console.WriteLine($"{level}: {Describe(level)}");

        int n = 0;
    loop:
        if (n < 3)
        {
            Console.Write(n + " ");
            n++;
            goto loop;
        }
        Console.WriteLine("end");
    }
}
