// An override of a property's `get` accessor alone: the setter is the overridden property's,
// so the property stays assignable (also a virtual auto-property, a compound assignment, and
// through the base type), while reads run the override.
using System;
using System.Threading.Tasks;

class Setting
{
    private int stored;
    public virtual int Value
    {
        get { return stored; }
        set { stored = value; Console.WriteLine("Setting.set " + value); }
    }
    public virtual string Label { get; set; } = "plain";
}

class Percent : Setting
{
    public override int Value { get { return base.Value * 100; } }
    public override string Label { get { return "[" + base.Label + "]"; } }
}

class Program
{
    static async Task Main()
    {
        var p = new Percent();
        p.Value = 3;
        Console.WriteLine(p.Value);
        p.Value += 1;
        Console.WriteLine(p.Value);
        await Task.Yield();
        Setting s = p;
        s.Value = 7;
        Console.WriteLine(s.Value + " " + p.Label);
        p.Label = "bold";
        Console.WriteLine(p.Label + " " + s.Label);
    }
}
