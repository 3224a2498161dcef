// A synchronous static int Main: the returned value becomes the process exit code (7).
using System;

static class Program
{
    const int Failure = 7;

    static bool Validate(int[] values)
    {
        foreach (int v in values)
        {
            if (v < 0)
            {
                Console.WriteLine("invalid value " + v);
                return false;
            }
        }
        return true;
    }

    static int Main()
    {
        int[] input = new[] { 3, 1, -4, 1 };
        if (!Validate(input))
        {
            Console.WriteLine("exiting with " + Failure);
            return Failure;
        }
        Console.WriteLine("all good");
        return 0;
    }
}
