using System;
// List<T>'s constructors: empty, with a capacity (an empty list), and a copy of an array or a list.
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        int[] sized = new int[3] { 4, 5, 6 };
        var cap = new List<int>(10);
        cap.Add(1);
        Console.WriteLine("cap list count " + cap.Count);
        var copy = new List<int>(sized);
        sized[0] = 9;
        copy.Add(7);
        Console.WriteLine("copy " + string.Join(",", copy) + " " + copy.Count);
        var again = new List<int>(copy);
        again[0] = 1;
        Console.WriteLine(string.Join(",", copy) + " / " + string.Join(",", again));
        List<string> names = new List<string>(new string[] { "a", "b" });
        Console.WriteLine(names.Count + " " + names[1]);
        try { var bad = new List<int>(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { int[] none = null; var bad = new List<int>(none); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
    }
}
