// C# 12: local functions (recursive, generic, async, iterator, expression-bodied, capturing locals, declared after their use and after a return statement)
// mcs: not usable here (mcs 6.8 has no local functions); checked by hand against C# rules
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> ProcessAsync(IReadOnlyList<string> files)
    {
        int processed = 0;
        foreach (var file in files)
        {
            if (await TryHandleAsync(file))
                processed++;
        }
        return processed;

        async Task<bool> TryHandleAsync(string name)
        {
            await Task.Delay(1);
            bool ok = !name.EndsWith(".tmp", StringComparison.Ordinal);
            Log(name, ok);
            return ok;
        }

        void Log(string name, bool ok) => Console.WriteLine($"{name}: {(ok ? "handled" : "skipped")} (handled before: {processed})");
    }

    static async Task Main()
    {
        Console.WriteLine(Factorial(10));
        Console.WriteLine(string.Join(",", Fibs(10)));
        Console.WriteLine(Describe(3.5) + " " + Describe("text"));
        int count = await ProcessAsync(new[] { "a.txt", "b.tmp", "c.cs" });
        Console.WriteLine($"processed {count}");

        long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

        IEnumerable<int> Fibs(int n)
        {
            int a = 0, b = 1;
            for (int i = 0; i < n; i++)
            {
                yield return a;
                int t = a + b;
                a = b;
                b = t;
            }
        }

        string Describe<T>(T value) => $"{typeof(T).Name}({value})";
    }
}
