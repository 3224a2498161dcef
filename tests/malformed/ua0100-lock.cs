// expect: UA0100
// Valid C#, but `lock` statements are not supported yet (they arrive with the objects of Tier 2).
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
