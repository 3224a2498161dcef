// A class with a static constructor is initialized right before its first use, and awaiting
// one of its static async methods is a use: the constructor runs after the arguments are
// evaluated and before the method starts, whether or not the method reads a static field.
using System;
using System.Threading.Tasks;

static class Registry<T>
{
    public static Func<string, T> Parser;
}

static class Config
{
    static Config()
    {
        Console.WriteLine("Config initialized");
        Registry<int>.Parser = int.Parse;
    }

    public static async Task<int> Ping()
    {
        await Task.Yield();
        return 1;
    }

    public static async Task<T> Read<T>(string text)
    {
        await Task.Yield();
        return Registry<T>.Parser(text);
    }

    public static Task<int> Forward() => Ping();
}

static class Lazy
{
    static Lazy() { Console.WriteLine("Lazy initialized"); }
    public static async ValueTask<string> Name(string prefix) { await Task.Delay(1); return prefix + "lazy"; }
}

class Program
{
    static string Arg(string s) { Console.WriteLine("argument " + s); return s; }

    static async Task Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(await Config.Ping());
        Console.WriteLine(await Config.Read<int>("5"));
        Console.WriteLine(await Config.Forward());
        Console.WriteLine(await Lazy.Name(Arg("x-")));
    }
}
