// Assigning a whole struct to a field, an array element, a static or a ref parameter copies
// it into that storage, as C# does: a method still running on the old value (its `this` is
// the storage) and a ref to one of its fields see the new fields, and further changes through
// them land in the stored value.
using System;

struct Meter
{
    public int Reading;
    public string Unit;

    public void ResetThrough(Panel panel)
    {
        Reading = 1;
        panel.Main = new Meter { Reading = 100, Unit = "kWh" };
        Reading += 10;
    }

    public void ResetThrough(Meter[] all)
    {
        Reading = 2;
        all[0] = new Meter { Reading = 200, Unit = "m3" };
        Reading += 20;
    }

    public void ResetStatic()
    {
        Reading = 3;
        Panel.Spare = new Meter { Reading = 300, Unit = "l" };
        Reading += 30;
    }
}

class Panel
{
    public Meter Main;
    public static Meter Spare;
}

class Program
{
    static void Replace(ref Meter m, ref int reading)
    {
        m = new Meter { Reading = 5, Unit = "new" };
        reading += 1;
    }

    static void Main()
    {
        var panel = new Panel();
        panel.Main.ResetThrough(panel);
        Console.WriteLine(panel.Main.Reading + " " + panel.Main.Unit);

        var meters = new Meter[2];
        meters[0].ResetThrough(meters);
        Console.WriteLine(meters[0].Reading + " " + meters[0].Unit);

        Panel.Spare.ResetStatic();
        Console.WriteLine(Panel.Spare.Reading + " " + Panel.Spare.Unit);

        var local = new Meter { Reading = 9, Unit = "old" };
        Replace(ref local, ref local.Reading);
        Replace(ref meters[1], ref meters[1].Reading);
        Console.WriteLine(local.Reading + " " + local.Unit + " " + meters[1].Reading + " " + meters[1].Unit);
    }
}
