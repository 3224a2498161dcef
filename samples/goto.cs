// Labels and goto: backward jumps that loop (across awaits in an async method), forward jumps
// out of nested loops, jumps out of try blocks that run their finally blocks (in a synchronous
// method, and in an async method out of two finally blocks that await), a label in a nested
// block, and a labeled declaration jumped back to. (A label on the try statement itself:
// samples/oracle-fault-goto-labeled-try.cs.)
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Tick(int i)
    {
        await Task.Delay(5);
        return i;
    }

    static async Task Counting()
    {
        int i = 0;
    top:
        Console.WriteLine("at top " + i);
        i = await Tick(i + 1);
        if (i < 3)
            goto top;
        Console.WriteLine("left the loop at " + i);
    }

    static void Search()
    {
        int[][] grid = { new[] { 1, 2, 3 }, new[] { 4, 5, 6 }, new[] { 7, 8, 9 } };
        for (int r = 0; r < grid.Length; r++)
        {
            for (int c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c] * 2 == 10)
                {
                    Console.WriteLine("found 5 at " + r + "," + c);
                    goto found;
                }
            }
        }
        Console.WriteLine("not found");
    found:
        Console.WriteLine("search done");
    }

    static void ThroughFinally()
    {
        int j = 0;
    loop:
        Console.WriteLine("pass " + j);
        try
        {
            j++;
            if (j < 3)
                goto loop;
            goto end;
        }
        finally
        {
            Console.WriteLine("sync finally " + j);
        }
    end:
        Console.WriteLine("end " + j);
    }

    static async Task<string> AsyncThroughFinally(int stop)
    {
        string log = "";
        try
        {
            try
            {
                for (int k = 0; ; k++)
                {
                    if (k == stop)
                        goto out_;
                    log += "k" + await Tick(k) + ",";
                }
            }
            finally
            {
                log += "inner finally " + await Tick(1) + ",";
            }
        }
        finally
        {
            await Task.Yield();
            log += "outer finally,";
        }
    out_:
        return log + "out";
    }

    static void NestedBlock()
    {
        int n = 0;
    again:
        {
            n++;
            if (n % 2 == 0)
                goto skip;
            Console.WriteLine("odd " + n);
        skip:
            if (n < 5)
                goto again;
        }
        Console.WriteLine("done " + n);
    }

    static void LabeledDeclaration()
    {
        int rounds = 0;
    start:
        int fresh = rounds * 10;
        rounds++;
        Console.WriteLine("fresh " + fresh);
        if (rounds < 3)
            goto start;
    }

    static async Task Main()
    {
        await Counting();
        Search();
        ThroughFinally();
        Console.WriteLine(await AsyncThroughFinally(0));
        Console.WriteLine(await AsyncThroughFinally(3));
        NestedBlock();
        LabeledDeclaration();
    }
}
