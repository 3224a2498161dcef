// C# 12: properties (auto-implemented with initializers, get/set bodies with validation, expression-bodied, private set, get-only assigned in a constructor, static auto and expression-bodied, virtual/override with base access), object initializers, ArgumentOutOfRangeException
// mcs: compiles and runs
using System;
using System.Threading.Tasks;

class Thermostat
{
    private double _target = 20.0;
    private static int _instances;

    public Thermostat(string room) { Room = room; _instances++; }

    public static int Instances => _instances;
    public static string Unit { get; set; } = "C";

    public string Room { get; }
    public bool Enabled { get; set; } = true;
    public int Adjustments { get; private set; }

    public double Target
    {
        get { return _target; }
        set
        {
            if (value < 5 || value > 30)
                throw new ArgumentOutOfRangeException(nameof(value), "target must be between 5 and 30");
            _target = value;
            Adjustments++;
        }
    }

    public double Current { get; set; }
    public bool Heating => Enabled && Current < Target;
    public virtual string Status => $"{Room}: {Current}{Unit} -> {Target}{Unit} {(Heating ? "heating" : "idle")}";
}

class SmartThermostat : Thermostat
{
    public SmartThermostat(string room) : base(room) { }
    public string Schedule { get; set; } = "default";
    public override string Status => base.Status + $" [{Schedule}]";
}

class Program
{
    static async Task Main()
    {
        var living = new Thermostat("living") { Current = 18.5, Target = 21 };
        var bed = new SmartThermostat("bedroom") { Current = 22, Schedule = "night" };
        Console.WriteLine(living.Status);
        Console.WriteLine(bed.Status);
        try { living.Target = 40; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " rejected"); }
        await Task.Delay(1);
        Thermostat.Unit = "F";
        living.Enabled = false;
        Console.WriteLine(living.Status);
        Console.WriteLine($"instances {Thermostat.Instances}, adjustments {living.Adjustments}");
    }
}
