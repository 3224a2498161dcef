// System.Enum's members for the program's enums: GetValues and GetNames (ordered by value as an
// unsigned number, duplicates included; GetValues(typeof(E)) gives boxed values), Parse and
// TryParse (names, numbers, comma-separated names or'ed, white space, ArgumentException for an
// unknown name; TryParse's false and default result), IsDefined and GetName of an int or an
// enum value; the composite formats G, F, D, X; ToString with a format, CompareTo.
using System;
using System.Threading.Tasks;

enum Level { Trace = -1, Debug, Info, Warning = 10, Error, Fatal = Error }

[Flags]
enum Style { Plain = 0, Bold = 1, Italic = 2, Underline = 4 }

static class Program
{
    static async Task<Level> ParseLater(string text)
    {
        await Task.Delay(1);
        return (Level)Enum.Parse(typeof(Level), text);
    }

    static string TryBoth(string text)
    {
        var first = Enum.TryParse(text, out Level level) ? $"{level}" : $"no ({level})";
        Style style;
        var second = Enum.TryParse<Style>(text, out style) ? $"{style}" : $"no ({style})";
        return first + " / " + second;
    }

    static async Task Main()
    {
        foreach (Level l in Enum.GetValues(typeof(Level)))
            Console.Write($"{l}={(int)l} ");
        Console.WriteLine();
        foreach (var n in Enum.GetNames(typeof(Level)))
            Console.Write(n + " ");
        Console.WriteLine();
        foreach (var boxed in Enum.GetValues(typeof(Style)))
            Console.Write(boxed + ":" + boxed.GetType().Name + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.GetValues(typeof(Style)).Length + " " + Enum.GetNames(typeof(Level)).Length);

        Console.WriteLine((Level)Enum.Parse(typeof(Level), "Warning") > Level.Info);
        Console.WriteLine(Enum.Parse(typeof(Level), "  Error "));
        Console.WriteLine(Enum.Parse(typeof(Level), "3"));
        Console.WriteLine(Enum.Parse(typeof(Level), "-1"));
        Console.WriteLine(Enum.Parse(typeof(Style), "Bold, Underline"));
        Console.WriteLine((int)(Style)Enum.Parse(typeof(Style), "Italic,Bold"));
        foreach (var text in new[] { "Verbose", "info", "Info, Nope" })
        {
            try
            {
                Console.WriteLine(Enum.Parse(typeof(Level), text));
            }
            catch (ArgumentException e)
            {
                Console.WriteLine(e.Message);
            }
        }
        Console.WriteLine(await ParseLater("Debug"));
        foreach (var text in new[] { "Warning", "Bold, Italic", " 3 ", "nope", "", null })
            Console.WriteLine(TryBoth(text));

        Console.WriteLine(Enum.IsDefined(typeof(Level), 10) + " " + Enum.IsDefined(typeof(Level), 12) + " " + Enum.IsDefined(typeof(Level), Level.Fatal));
        Console.WriteLine(Enum.IsDefined(typeof(Style), 3) + " " + Enum.IsDefined(typeof(Style), (int)Style.Plain));
        Console.WriteLine("[" + Enum.GetName(typeof(Level), 0) + "] [" + Enum.GetName(typeof(Level), 7) + "] [" + Enum.GetName(typeof(Style), Style.Italic) + "]");
        Console.WriteLine(Enum.GetName(typeof(Style), 5) == null);

        var s = Style.Bold | Style.Italic;
        Level w = Level.Warning;
        Console.WriteLine($"{s:G} | {s:F} | {s:D} | {s:X} | {w:D} | {w,-9}| {Level.Trace:x}");
        Console.WriteLine(string.Format("{0} {0:d} {1:g} {2:F}", Level.Fatal, Style.Plain, (Level)3));
        Console.WriteLine(w.ToString() + " " + w.ToString("D") + " " + s.ToString("G") + " " + ((Level)3).ToString("F") + " " + Style.Underline.ToString("x"));
        Console.WriteLine(Level.Info.CompareTo(Level.Warning) + " " + w.CompareTo(Level.Trace) + " " + w.CompareTo(w));
    }
}
