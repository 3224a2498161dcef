using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int[]> Row(int n)
    {
        await Task.Delay(1);
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = n * 10 + i;
        return r;
    }

    static int Sum(int[][] grid)
    {
        int total = 0;
        foreach (int[] row in grid)
        {
            if (row == null) continue;
            foreach (int v in row) total += v;
        }
        return total;
    }

    static async Task Main()
    {
        int[][] rows = new int[3][];
        Console.WriteLine(rows.Length + " " + (rows[0] == null));
        rows[0] = new int[] { 1, 2 };
        rows[2] = new[] { 3, 4, 5 };
        Console.WriteLine(Sum(rows));
        rows[1] = await Row(4);
        Console.WriteLine(rows[1][3] + " " + rows[1].Length + " " + Sum(rows));

        int[][] tri = new int[][] { new[] { 1 }, new[] { 1, 1 }, new int[] { 1, 2, 1 } };
        for (int i = 0; i < tri.Length; i++)
        {
            string line = "";
            for (int j = 0; j < tri[i].Length; j++) line += (j > 0 ? " " : "") + tri[i][j];
            Console.WriteLine(line);
        }
        tri[2][1] += await Task.FromResult(40);
        Console.WriteLine(tri[2][1]);

        string[][] words = { new[] { "a", "b" }, new string[0], new[] { "c" } };
        for (int i = 0; i < 3; i++)
        {
            words[i] = await Task.FromResult(words[i]);
        }
        Console.WriteLine(words[0][1] + words[2][0] + words[1].Length);

        int[][][] cube = new int[2][][];
        cube[1] = new int[2][];
        cube[1][1] = new int[] { 7 };
        Console.WriteLine(cube[1][1][0]);

        try
        {
            Console.WriteLine(rows[1][4]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(cube[0][0]);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null row");
        }
        var list = new System.Collections.Generic.List<int[]>();
        for (int i = 1; i <= 3; i++) list.Add(await Row(i));
        int[][] fromList = list.ToArray();
        Console.WriteLine(fromList[2][2]);
    }
}
