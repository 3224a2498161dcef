// expect: CS0509
// A class derives from a sealed class.
using System;

sealed class Config { public int Port = 80; }

class DevConfig : Config { }

static class Program
{
    static void Main() { Console.WriteLine(new DevConfig().Port); }
}
