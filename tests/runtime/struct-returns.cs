// A method returning a struct writes it into the caller's own memory (the CLR's return
// buffer), so chains of immutable-style struct calls allocate nothing, as in .NET: a property
// returning a struct, `acc = acc.Add(v)` in a loop, an override called through its base class,
// and a struct passed through a helper and back. The objects `--stats` counts are the `Mover`
// and the result the list keeps (.NET would copy that one into the list's array instead).
using System;
using System.Collections.Generic;

struct Vec
{
    public long X;
    public long Y;
    public Vec(long x, long y) { X = x; Y = y; }
    public static Vec Unit { get { return new Vec(1, 1); } }
    public Vec Add(Vec o) { return new Vec(X + o.X, Y + o.Y); }
    public Vec Twice() { var r = this; r.X *= 2; r.Y *= 2; return r; }
}

abstract class Mover { public abstract Vec Step(Vec from); }
class Diagonal : Mover { public override Vec Step(Vec from) { return from.Add(Vec.Unit); } }

class Program
{
    static Vec Through(Vec v) { return v; }

    static void Main()
    {
        Mover m = new Diagonal();
        var acc = new Vec(0, 0);
        for (int i = 0; i < 1000; i++)
        {
            acc = acc.Add(Vec.Unit);
            acc = m.Step(acc);
            var t = Through(acc.Twice());
            acc.X += t.X % 3;
        }
        var kept = new List<Vec>();
        kept.Add(acc.Twice());
        Console.WriteLine(acc.X + " " + acc.Y + " " + kept[0].X);
    }
}
