// Enums in C# 8+ patterns: switch expressions with constant patterns, relational patterns
// (`< Level.Warning`), `or` of constants, a discard arm, a `when` guard; `is` type patterns on
// boxed enums (`o is Level l`); a nullable enum `Level?` in a switch expression (null arm) and
// with lifted comparisons; a switch expression on an awaited enum; a switch statement with
// pattern labels (`when`, relational, `or`).
using System;
using System.Threading.Tasks;

enum Level { Trace, Debug, Info, Warning, Error, Fatal }

enum Light { Red, Amber, Green }

static class Program
{
    static string Badge(Level l) => l switch
    {
        Level.Trace or Level.Debug => "dim",
        < Level.Warning => "plain",
        Level.Fatal => "BLINK",
        _ => "bold",
    };

    static Light Next(Light l, bool emergency) => l switch
    {
        _ when emergency => Light.Red,
        Light.Red => Light.Green,
        Light.Green => Light.Amber,
        Light.Amber => Light.Red,
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };

    static string Describe(Level? l) => l switch
    {
        null => "unset",
        Level.Info => "info",
        >= Level.Error => "failure",
        _ => "other " + l,
    };

    static string Triage(Level l, bool paging)
    {
        switch (l)
        {
            case Level.Fatal when paging:
                return "page";
            case >= Level.Error:
                return "ticket";
            case Level.Warning or Level.Info:
                return "log";
            default:
                return "drop";
        }
    }

    static async Task<Level> Worst()
    {
        await Task.Delay(1);
        return Level.Error;
    }

    static async Task Main()
    {
        foreach (Level l in Enum.GetValues(typeof(Level)))
            Console.Write($"{l}:{Badge(l)} ");
        Console.WriteLine();

        var light = Light.Red;
        for (int i = 0; i < 4; i++)
        {
            light = Next(light, false);
            Console.Write(light + " ");
        }
        Console.WriteLine(Next(Light.Green, true));
        try
        {
            Next((Light)9, false);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }

        Level? unset = null;
        Console.WriteLine(Describe(unset) + ", " + Describe(Level.Info) + ", " + Describe(Level.Fatal) + ", " + Describe(Level.Debug));
        Level? some = Level.Warning;
        Console.WriteLine((some > Level.Info) + " " + (unset < Level.Info) + " " + (some == Level.Warning) + " " + (unset != null));

        object boxed = Level.Debug;
        if (boxed is Level found && found < Level.Info)
            Console.WriteLine("boxed " + found);
        Console.WriteLine(boxed is Light ? "a light" : "not a light");

        Console.WriteLine(Triage(Level.Fatal, true) + " " + Triage(Level.Fatal, false) + " " + Triage(Level.Info, true) + " " + Triage(Level.Trace, true));

        var verdict = await Worst() switch
        {
            Level.Error or Level.Fatal => "stop",
            _ => "go on",
        };
        Console.WriteLine(verdict);
    }
}
