// C# 12: using static directives (System.Math, System.Console, an enum type), using aliases for a closed generic type, a namespace and Task<int> (used as an async return type), the :: namespace alias qualifier, global:: qualification
// mcs: compiles and runs
using System;
using System.Threading.Tasks;
using static System.Math;
using static System.Console;
using static System.ConsoleColor;
using IntList = System.Collections.Generic.List<int>;
using Scores = System.Collections.Generic.Dictionary<string, int>;
using Col = System.Collections.Generic;
using TaskOfInt = System.Threading.Tasks.Task<int>;

class Program
{
    static double Hypotenuse(double a, double b) => Sqrt(Pow(a, 2) + Pow(b, 2));

    static async TaskOfInt SumAsync(IntList values)
    {
        await Task.Yield();
        int total = 0;
        foreach (var v in values) total += v;
        return total;
    }

    static async Task Main()
    {
        WriteLine($"hypotenuse {Hypotenuse(3, 4)}, PI {Round(PI, 3)}, max {Max(7, 3)}");
        IntList numbers = new IntList { 4, 8, 15 };
        WriteLine(await SumAsync(numbers));
        var scores = new Scores { ["ann"] = 90 };
        scores["bob"] = 85;
        WriteLine(scores.Count);
        Col::HashSet<string> set = new Col::HashSet<string> { "x", "x", "y" };
        WriteLine(set.Count);
        global::System.Console.WriteLine("global-qualified call");
        ConsoleColor favourite = DarkCyan;
        WriteLine(favourite);
        WriteLine(Abs(-5) + Floor(2.7));
    }
}
