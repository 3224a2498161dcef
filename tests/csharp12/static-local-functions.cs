// C# 12: static local functions, static async local functions, a generic static local function with a constraint, an attribute on a local function, a using declaration and an is not null pattern inside local functions
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        int[] data = [5, 3, 9, 1];
        Console.WriteLine(Max(data));
        Console.WriteLine(await SumSlowlyAsync(data));
        Console.WriteLine(CountLines("one\ntwo\nthree"));
        Console.WriteLine(Clamp(15, 0, 10) + " " + Clamp(-3.5, 0.0, 1.0));

        [MethodImpl(MethodImplOptions.NoInlining)]
        static int Max(int[] values)
        {
            int best = int.MinValue;
            foreach (var v in values) best = Math.Max(best, v);
            return best;
        }

        static async Task<int> SumSlowlyAsync(IEnumerable<int> values)
        {
            int total = 0;
            foreach (var v in values)
            {
                await Task.Yield();
                total += v;
            }
            return total;
        }

        static int CountLines(string text)
        {
            using var reader = new StringReader(text);
            int lines = 0;
            while (reader.ReadLine() is not null) lines++;
            return lines;
        }

        static T Clamp<T>(T value, T min, T max) where T : IComparable<T>
            => value.CompareTo(min) < 0 ? min : value.CompareTo(max) > 0 ? max : value;
    }
}
