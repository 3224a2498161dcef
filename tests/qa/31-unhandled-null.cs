using System;
using System.Collections.Generic;

static class Program
{
    static List<int> list;

    static void Main()
    {
        Console.WriteLine("about to use null list");
        list.Add(1);
    }
}
