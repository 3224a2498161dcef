// C#'s "Color Color" rule: a field, property, parameter or local named like its own type. In
// `Color.Red` the name means the type when `Red` is a static member of it, and the variable
// when it is an instance member, so `public Logger Logger` and `Logger.Default` live together.
using System;
using System.Threading.Tasks;

class Color
{
    public static readonly Color Red = new Color("red");
    public const int Shades = 3;
    public static Color Named(string n) { return new Color(n); }
    public string Name;
    public Color(string name) { Name = name; }
    public Color Darker() { return new Color("dark " + Name); }
}

class Logger
{
    public static readonly Logger Default = new Logger("default");
    private readonly string tag;
    public Logger(string tag) { this.tag = tag; }
    public void Log(string message) { Console.WriteLine("[" + tag + "] " + message); }
}

class Widget
{
    public Logger Logger = Logger.Default;
    public Color Color { get; set; } = Color.Red;

    public async Task RepaintAsync(string name)
    {
        Logger.Log("was " + Color.Name + ", " + Color.Shades + " shades");
        await Task.Yield();
        Color = Color.Named(name);
        Logger.Log("now " + Color.Name + ", then " + Color.Darker().Name);
    }

    public void Paint(Color Color)
    {
        Logger.Log("paint " + Color.Name + " " + Color.Darker().Name + " " + Color.Red.Name);
    }
}

class Program
{
    static async Task Main()
    {
        var w = new Widget();
        await w.RepaintAsync("blue");
        w.Paint(Color.Named("green"));
        Local();
    }

    static void Local()
    {
        Color Color = Color.Red;
        Console.WriteLine(Color.Name + " " + Color.Darker().Name);
    }
}
