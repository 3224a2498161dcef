// Values an iterator reads after its second `yield return` (the parameter `n`, the local
// `step`) were set before the first: they must survive both suspensions.
using System;
using System.Collections.Generic;

static class Program
{
    static IEnumerable<int> Pairs(int n)
    {
        int step = n * 10;
        for (int i = 0; i < n; i++)
        {
            yield return i;
            yield return -i;
            yield return i + step;
        }
    }

    static IEnumerable<string> Labels(string prefix, int count)
    {
        string separator = ":";
        yield return prefix;
        for (int i = 1; i <= count; i++)
        {
            yield return prefix + separator + i;
            yield return separator;
        }
    }

    static void Main()
    {
        Console.WriteLine(string.Join(",", Pairs(3)));
        Console.WriteLine(string.Join(" ", Labels("x", 2)));
    }
}
