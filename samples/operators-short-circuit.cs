using System;
using System.Threading.Tasks;

struct Tri
{
    readonly int v; // -1 false, 0 unknown, 1 true
    public Tri(int v) { this.v = v; }
    public static readonly Tri True = new Tri(1), False = new Tri(-1), Unknown = new Tri(0);
    public static bool operator true(Tri t) { Console.Write("[true?" + t + "]"); return t.v > 0; }
    public static bool operator false(Tri t) { Console.Write("[false?" + t + "]"); return t.v < 0; }
    public static Tri operator &(Tri a, Tri b) { Console.Write("[&]"); return new Tri(Math.Min(a.v, b.v)); }
    public static Tri operator |(Tri a, Tri b) { Console.Write("[|]"); return new Tri(Math.Max(a.v, b.v)); }
    public static Tri operator !(Tri a) => new Tri(-a.v);
    public static implicit operator Tri(bool b) => b ? True : False;
    public override string ToString() => v > 0 ? "T" : v < 0 ? "F" : "?";
}

class Program
{
    static Tri Say(Tri t, string name) { Console.Write("(" + name + ")"); return t; }

    static async Task<Tri> Later(Tri t)
    {
        await Task.Yield();
        return t;
    }

    static async Task Main()
    {
        Tri[] all = { Tri.True, Tri.False, Tri.Unknown };
        foreach (var a in all)
        {
            foreach (var b in all)
            {
                Tri and = Say(a, "a") && Say(b, "b");
                Console.WriteLine(" => " + a + " && " + b + " = " + and);
                Tri or = Say(a, "a") || Say(b, "b");
                Console.WriteLine(" => " + a + " || " + b + " = " + or);
            }
        }
        Tri mixed = Tri.Unknown && true;
        Console.WriteLine(" mixed " + mixed);
        if (Tri.True && !Tri.False) Console.WriteLine(" both");
        Tri awaited = await Later(Tri.Unknown) || await Later(Tri.True);
        Console.WriteLine(" awaited " + awaited);
        Tri skipped = await Later(Tri.False) && await Later(Tri.True);
        Console.WriteLine(" skipped " + skipped);
    }
}
