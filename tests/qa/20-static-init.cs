using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Config
{
    public static int A = Make("Config.A", 1);
    public static int B = A + 10;
    public const int C = 5;
    public static string Name = "cfg" + C;

    static int Make(string what, int v)
    {
        Console.WriteLine("init " + what);
        return v;
    }
}

static class Program
{
    static int counter = Next();
    static int second = Next();
    static List<int> items = MakeList();
    static int[] arr = new int[3];
    static string msg;
    static long total = 5L * 1000000000;
    static double ratio = 1.0 / 4;
    static bool flag = counter > 0;

    static int Next()
    {
        counter++;
        Console.WriteLine("Next called, counter=" + counter);
        return counter * 10;
    }

    static List<int> MakeList()
    {
        Console.WriteLine("MakeList");
        var l = new List<int>();
        l.Add(second);
        return l;
    }

    static async Task Main()
    {
        Console.WriteLine("Main starts");
        Console.WriteLine(counter + " " + second + " " + items[0] + " " + arr.Length + " [" + msg + "] " + total + " " + ratio + " " + flag);
        Console.WriteLine("before Config");
        Console.WriteLine(Config.C);
        Console.WriteLine("after const");
        Console.WriteLine(Config.B);
        Console.WriteLine(Config.A + " " + Config.Name);
        msg = "set";
        counter = 0;
        await Task.Yield();
        Console.WriteLine(msg + " " + counter);
        items.Add(await Task.FromResult(7));
        Console.WriteLine(items.Count);
    }
}
