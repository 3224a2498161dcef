// Optional parameters whose default is a constant expression, not a literal: library constants
// (int.MaxValue, long.MinValue, double.Epsilon), the program's consts (declared before or after
// the method, in another class), arithmetic and concatenation of constants, casts, and an enum
// const; calls that omit them, name them, or pass some of them.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

enum Level { Low, Mid, High }

static class Limits
{
    public const int MaxRetries = 3;
    public const string Tag = "lim";
}

class Settings
{
    const Level DefaultLevel = Level.High;
    private readonly Dictionary<string, string> _values = new Dictionary<string, string> { ["port"] = "8080", ["workers"] = "many", ["ratio"] = "7" };

    public int GetInt(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        int v;
        if (!_values.ContainsKey(key) || !int.TryParse(_values[key], out v)) return -1;
        return v < min ? min : v > max ? max : v;
    }

    public string Describe(string prefix = Prefix + ":" + Limits.Tag, Level level = DefaultLevel, long big = long.MinValue)
        => $"{prefix} {level} {big}";

    public async Task<int> RetryAsync(int attempts = Limits.MaxRetries * 2, int delayMs = 1000 / 500, char mark = (char)('a' + 1))
    {
        int done = 0;
        for (int i = 0; i < attempts; i++)
        {
            await Task.Delay(delayMs);
            done++;
        }
        return done * 100 + mark;
    }

    public double Tolerance(double eps = double.Epsilon * 0, double scale = 1.0 / 8) => eps + scale;

    const string Prefix = "cfg";
}

static class Program
{
    static async Task Main()
    {
        var s = new Settings();
        Console.WriteLine($"{s.GetInt("port")} {s.GetInt("port", max: 1024)} {s.GetInt("ratio", 10)} {s.GetInt("workers")}");
        Console.WriteLine(s.Describe());
        Console.WriteLine(s.Describe(level: Level.Low));
        Console.WriteLine(s.Describe("x", Level.Mid, 5));
        Console.WriteLine(await s.RetryAsync());
        Console.WriteLine(await s.RetryAsync(1));
        Console.WriteLine(await s.RetryAsync(mark: 'z', attempts: 2));
        Console.WriteLine($"{s.Tolerance()} {s.Tolerance(scale: 2)}");
    }
}
