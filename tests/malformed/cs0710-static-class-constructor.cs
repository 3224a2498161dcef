// expect: CS0710
// A static class declares an instance constructor.
using System;

static class Config
{
    public static int Port;
    public Config() { Port = 80; }

    static void Main()
    {
        Console.WriteLine(Config.Port);
    }
}
