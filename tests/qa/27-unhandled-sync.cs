using System;

static class Program
{
    static void Fail(int depth)
    {
        if (depth == 0) throw new InvalidOperationException("sync failure at depth 0");
        Fail(depth - 1);
    }

    static void Main()
    {
        Console.WriteLine("before");
        try
        {
            Fail(3);
        }
        finally
        {
            Console.WriteLine("finally runs");
        }
        Console.WriteLine("not reached");
    }
}
