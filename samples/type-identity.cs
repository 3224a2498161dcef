// GetType() gives one Type object per type, as in .NET: two objects of one class have equal
// (and identical) types, so `a.GetType() == b.GetType()` tells same-class pairs apart, also
// across awaits and for boxed values and library objects.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

abstract class Unit
{
    public string Name;
    protected Unit(string name) { Name = name; }
}
class Goblin : Unit { public Goblin(string n) : base(n) { } }
class Knight : Unit { public Knight(string n) : base(n) { } }
class Paladin : Knight { public Paladin(string n) : base(n) { } }

static class Program
{
    static Unit Target(List<Unit> world, Unit self)
    {
        foreach (var u in world)
            if (u != self && u.GetType() != self.GetType()) return u;
        return null;
    }

    static async Task Main()
    {
        var world = new List<Unit> { new Goblin("Grub"), new Goblin("Snag"), new Knight("Art"), new Paladin("Lan") };
        foreach (var u in world)
        {
            await Task.Yield();
            var t = Target(world, u);
            Console.WriteLine($"{u.Name} ({u.GetType().Name}) targets {(t == null ? "nobody" : t.Name)}");
        }
        Type first = world[0].GetType();
        await Task.Delay(1);
        Console.WriteLine($"{first == world[1].GetType()} {first.Equals(world[2].GetType())} {ReferenceEquals(first, world[1].GetType())}");
        object a = 5, b = 7, c = "x";
        Console.WriteLine($"{a.GetType() == b.GetType()} {a.GetType() == c.GetType()} {c.GetType() == "y".GetType()}");
        var l1 = new List<int>();
        var l2 = new List<int>();
        var l3 = new List<string>();
        Console.WriteLine($"{l1.GetType() == l2.GetType()} {l1.GetType() == l3.GetType()} {world.GetType() == new List<Unit>().GetType()}");
        var counts = new Dictionary<string, int>();
        foreach (var u in world)
        {
            string key = u.GetType().Name;
            counts[key] = counts.ContainsKey(key) ? counts[key] + 1 : 1;
        }
        foreach (var kv in counts) Console.WriteLine(kv);
    }
}
