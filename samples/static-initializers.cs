// Static field initializers run when their class is first needed, not at startup: a class's
// initializer may read a class declared after it, a class nobody uses never initializes, and an
// initializer that throws surfaces as TypeInitializationException where the class is used.
using System;
using System.Collections.Generic;

static class Settings
{
    public static int Doubled = Defaults.Value * 2;
    public static string Name = "settings from " + Defaults.Label;
}

static class Defaults
{
    public static int Value = Compute();
    public static string Label = "defaults #" + Value;
    public static List<int> Items = new List<int> { 1, 2, 3 };

    static int Compute()
    {
        Console.WriteLine("Defaults initializing");
        return 21;
    }
}

static class Unused
{
    public static int X = Noisy();

    static int Noisy()
    {
        Console.WriteLine("never printed: Unused is never used");
        return 1;
    }
}

static class Broken
{
    public static int Value = Fail();

    static int Fail()
    {
        throw new InvalidOperationException("cannot initialize");
    }
}

static class Program
{
    static int ReadBroken()
    {
        return Broken.Value;
    }

    static int Report()
    {
        Console.WriteLine("Report runs");
        return Settings.Doubled;
    }

    static void Main()
    {
        Console.WriteLine("Main starts");
        Console.WriteLine(Report());
        Console.WriteLine(Settings.Name + ", items " + Defaults.Items.Count);
        for (int attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                Console.WriteLine(ReadBroken());
            }
            catch (Exception e)
            {
                Console.WriteLine("attempt " + attempt + ": " + e.Message + " / " + e.InnerException.Message);
            }
        }
    }
}
