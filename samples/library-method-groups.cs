// The library's static methods used as values: Console.WriteLine as an Action<string> and as
// List.ForEach's action, int.Parse as Select's selector (its result type inferred from the
// method), Math.Sqrt and Math.Abs as Funcs, char.IsLetter as Where's predicate over a string.
using System;
using System.Collections.Generic;
using System.Linq;
class Program {
    static void Main() {
        Action<string> print = Console.WriteLine;
        print("hello");
        string[] raw = { "3", "10", "7" };
        int[] nums = raw.Select(int.Parse).ToArray();
        Console.WriteLine(nums.Sum());
        Func<double, double> root = Math.Sqrt;
        Console.WriteLine(root(16));
        var letters = "a1b2c3".Where(char.IsLetter);
        Console.WriteLine(string.Join("", letters));
        new List<string> { "x", "y" }.ForEach(Console.WriteLine);
        Func<int, int> abs = Math.Abs;
        Console.WriteLine(abs(-5));
    }
}
