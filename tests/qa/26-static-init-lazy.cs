using System;

static class Unused
{
    public static int X = Log("Unused.X initialized");
    static int Log(string s) { Console.WriteLine(s); return 1; }
}

static class Later
{
    public static int Y = Log("Later.Y initialized");
    static int Log(string s) { Console.WriteLine(s); return 2; }
}

static class Program
{
    static int Touch()
    {
        return Later.Y;
    }

    static void Main()
    {
        Console.WriteLine("Main starts");
        Console.WriteLine("calling Touch");
        Console.WriteLine(Touch());
        Console.WriteLine("end");
    }
}
