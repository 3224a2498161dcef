// Switch statements and switch expressions on a struct of the program: property patterns
// (nested), `var` and type patterns binding copies, `when` guards, a `case P other:` that
// matches every value (no fall-off, no unreachable-code warning), across awaits.
using System;
using System.Threading.Tasks;

struct In { public int A; public string S; }

struct P
{
    public int X;
    public In I;
    public P(int x, string s) { X = x; I = new In { A = x * 2, S = s }; }
    public void Bump() { X++; }
}

class H { public P F; public P[] Arr = new P[2]; }

class Program
{
    static P Make(int i) { return new P(i, "m" + i); }

    static async Task<string> Run(P p)
    {
        switch (p)
        {
            case { X: 0 }:
                await Task.Yield();
                return "zero " + p.I.S;
            case var q when q.I.A > 5:
                q.Bump();
                await Task.Yield();
                return "big " + q.X + " " + p.X;
            case P other:
                other.I.S = "changed";
                return "other " + other.I.S + " " + p.I.S;
        }
    }

    static string Classify(P p) => p switch
    {
        { X: < 0 } => "negative",
        { X: 0, I: { S: null } } => "default",
        { I: { A: > 10 } } q => "large " + q.X,
        _ => "small",
    };

    static int Exact(P p) => p switch { { X: 0 } => 1 };

    static async Task Main()
    {
        var h = new H { F = Make(4) };
        h.Arr[1] = Make(0);
        Console.WriteLine(await Run(Make(0)));
        Console.WriteLine(await Run(Make(1)));
        Console.WriteLine(await Run(Make(3)));
        Console.WriteLine(await Run(h.F));
        Console.WriteLine(await Run(h.Arr[1]));
        switch (h.F)
        {
            case var v:
                v.X = 100;
                break;
        }
        Console.WriteLine(h.F.X);
        switch (h.Arr[1])
        {
            default:
                Console.WriteLine("only default");
                break;
        }
        Console.WriteLine(Classify(Make(-2)) + " " + Classify(h.Arr[0]) + " " + Classify(Make(7)) + " " + Classify(Make(2)));
        Console.WriteLine(Exact(h.Arr[0]));
        try { Exact(h.F); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
    }
}
