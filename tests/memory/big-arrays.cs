// 400 arrays of a million ints (3.2 GB over the run at 8 bytes per element), one alive at a time.
using System;

static class Program
{
    static void Main()
    {
        long total = 0;
        for (int round = 0; round < 400; round++)
        {
            int[] data = new int[1000000];
            data[round] = round;
            data[999999] = 1;
            total += data[round] + data[999999] + data.Length;
        }
        Console.WriteLine(total);
    }
}
