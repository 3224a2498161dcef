// C# 12: multi-dimensional arrays (new int[2,3], rectangular initializers, GetLength, Rank, foreach over a 2D array, a 3D array, an empty dimension), jagged arrays (new long[4][] with rows allocated in a loop, string[][] initializers), array covariance and ArrayTypeMismatchException, Array.Copy/Sort/Reverse/IndexOf
// mcs: compiles and runs
using System;

class Program
{
    static int[,] Multiply(int[,] a, int[,] b)
    {
        int rows = a.GetLength(0), cols = b.GetLength(1), inner = a.GetLength(1);
        var result = new int[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                for (int k = 0; k < inner; k++)
                    result[i, j] += a[i, k] * b[k, j];
        return result;
    }

    static void Print(int[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++) Console.Write($"{m[i, j],4}");
            Console.WriteLine();
        }
    }

    static void Main()
    {
        var grid = new int[2, 3];
        grid[0, 1] = 5;
        grid[1, 2] = 7;
        Console.WriteLine($"rank {grid.Rank}, length {grid.Length}, rows {grid.GetLength(0)}");
        int sum = 0;
        foreach (int cell in grid) sum += cell;
        Console.WriteLine($"sum {sum}");

        int[,] a = { { 1, 2 }, { 3, 4 } };
        int[,] identity = new int[,] { { 1, 0 }, { 0, 1 } };
        Print(Multiply(a, a));
        Print(Multiply(a, identity));

        long[][] triangle = new long[4][];
        for (int row = 0; row < triangle.Length; row++)
        {
            triangle[row] = new long[row + 1];
            triangle[row][0] = triangle[row][row] = 1;
            for (int col = 1; col < row; col++)
                triangle[row][col] = triangle[row - 1][col - 1] + triangle[row - 1][col];
        }
        foreach (long[] line in triangle) Console.WriteLine(string.Join(" ", line));

        var cube = new double[2, 2, 2];
        cube[1, 1, 1] = 0.5;
        Console.WriteLine($"cube rank {cube.Rank}, corner {cube[1, 1, 1]}");

        string[][] words = { new[] { "a", "b" }, new string[0], new[] { "c" } };
        Console.WriteLine($"jagged lengths: {words[0].Length} {words[1].Length} {words[2].Length}");

        object[] covariant = new string[] { "x", "y" };
        try { covariant[0] = 42; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("array covariance is checked at run time"); }

        int[] nums = { 5, 3, 9, 1 };
        int[] backup = new int[nums.Length];
        Array.Copy(nums, backup, nums.Length);
        Array.Sort(nums);
        Array.Reverse(backup);
        Console.WriteLine($"{string.Join(",", nums)} | {string.Join(",", backup)} | index of 9: {Array.IndexOf(nums, 9)}");
        int[,,] empty = new int[0, 2, 3];
        Console.WriteLine($"empty 3D length {empty.Length}, dims {empty.GetLength(1)}x{empty.GetLength(2)}");
    }
}
