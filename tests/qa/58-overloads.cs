using System;
using System.Threading.Tasks;

static class Util
{
    public static string F(int x) { return "int " + x; }
    public static string F(long x) { return "long " + x; }
    public static string F(double x) { return "double " + x; }
    public static string F(string x) { return "string " + x; }
    public static string F(bool x) { return "bool " + x; }
    public static string F(int a, int b) { return "int,int " + (a + b); }
    public static string F(double a, int b) { return "double,int " + (a + b); }
    public static async Task<string> G(int x) { await Task.Yield(); return "G int " + x; }
    public static async Task<string> G(string x) { await Task.Yield(); return "G string " + x; }
}

static class Program
{
    static string F(int x) { return "Program.F " + x; }

    static async Task Main()
    {
        Console.WriteLine(Util.F(1));
        Console.WriteLine(Util.F(1L));
        Console.WriteLine(Util.F(1.0));
        Console.WriteLine(Util.F("s"));
        Console.WriteLine(Util.F(true));
        Console.WriteLine(Util.F(1, 2));
        Console.WriteLine(Util.F(1.5, 2));
        Console.WriteLine(Util.F(2.5, 2));
        int i = 3; long l = 4; double d = 5.5;
        Console.WriteLine(Util.F(i + l));
        Console.WriteLine(Util.F(i * d));
        Console.WriteLine(Util.F(i / 2));
        Console.WriteLine(Util.F(null));
        Console.WriteLine(F(7));
        Console.WriteLine(await Util.G(8));
        Console.WriteLine(await Util.G("nine"));
        Console.WriteLine(Math.Max(i, l));
        Console.WriteLine(Math.Max(i, d));
        Console.WriteLine(Math.Abs(-l));
        Console.WriteLine(Math.Min(-0.0, 0.0));
    }
}
