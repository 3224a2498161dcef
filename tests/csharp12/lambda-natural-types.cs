// C# 12: lambdas with natural types (var f = (string s) => ...), explicit parameter types, explicit return types (var f = double (int a, int b) => ...), static lambdas, discard-named parameters, optional and params lambda parameters (C# 12), method group natural types, async lambda with a natural type
using System;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    const int Scale = 3;

    static int Twice(int x) => x * 2;

    static async Task Main()
    {
        var parse = (string s) => int.Parse(s);
        var ratio = double (int a, int b) => (double)a / b;
        var scale = static (int x) => x * Scale;
        var pick = object (bool flag) => flag ? 1 : "one";
        var describe = static int? (string s) => s?.Length;
        Func<int, int, int> second = (_, y) => y;
        var increment = (int x, int by = 1) => x + by;
        var sum = (params int[] values) => values.Sum();
        var twice = Twice;
        var fetch = async (int id) =>
        {
            await Task.Delay(1);
            return $"item{id}";
        };

        Console.WriteLine(parse("41") + 1);
        Console.WriteLine(ratio(1, 4));
        Console.WriteLine(scale(5));
        Console.WriteLine(pick(true) + " " + pick(false));
        Console.WriteLine(describe("four") ?? -1);
        Console.WriteLine(second(100, 7));
        Console.WriteLine($"{increment(5)} {increment(5, 10)}");
        Console.WriteLine(sum(1, 2, 3, 4));
        Console.WriteLine(twice(21));
        Console.WriteLine(await fetch(9));

        Func<int, int> asFunc = scale;
        Delegate untyped = parse;
        Console.WriteLine($"{asFunc(2)} {untyped.GetType().Name}");
    }
}
