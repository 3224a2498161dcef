using System;

static class Program
{
    static int Depth(int n)
    {
        if (n == 0) return 0;
        return 1 + Depth(n - 1);
    }

    static long SumTo(long n, long acc)
    {
        if (n == 0) return acc;
        return SumTo(n - 1, acc + n);
    }

    static string Build(int n)
    {
        if (n == 0) return "";
        string rest = Build(n - 1);
        return n % 1000 == 0 ? rest + "|" : rest;
    }

    static int Mutual(int n) { return n == 0 ? 0 : 1 + Other(n - 1); }
    static int Other(int n) { return n == 0 ? 0 : 1 + Mutual(n - 1); }

    static int ThrowDeep(int n)
    {
        if (n == 0) throw new InvalidOperationException("bottom");
        try
        {
            return ThrowDeep(n - 1) + 1;
        }
        finally
        {
            if (n % 2500 == 0) Console.WriteLine("unwinding " + n);
        }
    }

    static void Main()
    {
        Console.WriteLine(Depth(10000));
        Console.WriteLine(Depth(50000));
        Console.WriteLine(SumTo(20000, 0));
        Console.WriteLine(Build(10000));
        Console.WriteLine(Mutual(10001));
        try
        {
            ThrowDeep(10000);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
    }
}
