// An async Main returning Task<int> (with string[] args): the awaited result becomes the exit code (42 without arguments).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> CountFailuresAsync(int[] results)
    {
        int failures = 0;
        foreach (int r in results)
        {
            await Task.Yield();
            if (r != 0)
            {
                failures++;
            }
        }
        return failures;
    }

    static async Task<int> Main(string[] args)
    {
        Console.WriteLine("arguments: " + args.Length);
        int failures = await CountFailuresAsync(new int[] { 0, 1, 0, 2 });
        await Task.Delay(10);
        Console.WriteLine("failures: " + failures);
        int code = 40 + failures + args.Length;
        Console.WriteLine("exit code " + code);
        return code;
    }
}
