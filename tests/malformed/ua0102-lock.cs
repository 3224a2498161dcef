// expect: UA0102
// Valid C#, but `lock` statements are outside the subset.
using System;
using System.Collections.Generic;


static class Program
{
    static List<int> items = new List<int>();

    static void Main()
    {
        lock (items)
        {
            items.Add(1);
        }
        Console.WriteLine(items.Count);
    }
}
