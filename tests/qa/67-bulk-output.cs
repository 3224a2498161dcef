using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Main()
    {
        long sum = 0;
        for (int i = 0; i < 100000; i++)
        {
            if (i % 1000 == 0) await Task.Yield();
            Console.WriteLine("line " + i + " " + (i * 0.5));
            sum += i;
        }
        Console.Write("no newline at end " + sum);
        return (int)(sum % 200);
    }
}
