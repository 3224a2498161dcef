// Delegates over a struct: Func/Action with a struct parameter or result, generic delegates
// and generic methods instantiated with one, method groups, captured struct variables. Every
// call passes and returns copies, as C# does.
using System;
using System.Collections.Generic;

struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public void Scale(int k) { X *= k; Y *= k; }
    public int Length2 => X * X + Y * Y;
    public override string ToString() => $"<{X}, {Y}>";
}

delegate R Map<T, R>(T value);

class Body
{
    public Vec Position;
    public virtual Vec Step(Vec v) { v.X += 1; return v; }
    public void Report(Vec v) { Console.WriteLine($"  report {v}"); }
}

class Rocket : Body
{
    public override Vec Step(Vec v) { v.Y += 10; return v; }
    public Func<Vec, Vec> BaseStep() => base.Step;
}

class Program
{
    static event Action<Vec> Moved;

    static Vec Mirror(Vec v) { v.X = -v.X; return v; }
    static bool IsLong(Vec v) => v.Length2 > 10;

    static T Twice<T>(T value, Func<T, T> f) => f(f(value));

    static List<T> Filter<T>(IEnumerable<T> items, Func<T, bool> keep)
    {
        var kept = new List<T>();
        foreach (var item in items)
            if (keep(item)) kept.Add(item);
        return kept;
    }

    static void Main()
    {
        // A lambda changing its parameter changes its own copy.
        var a = new Vec(1, 2);
        Func<Vec, int> sum = v => { v.Scale(100); return v.X + v.Y; };
        Console.WriteLine($"sum {sum(a)}, a still {a}");

        // A struct returned by a delegate is a new value the caller owns.
        Func<int, Vec> make = i => new Vec(i, i * i);
        var b = make(3);
        b.X = 99;
        Console.WriteLine($"b {b}, make(3) {make(3)}");

        Action<Vec> show = v => { v.Y = 0; Console.WriteLine($"  show {v}"); };
        show(a);
        Console.WriteLine($"after show {a}");

        // A captured struct is one variable: changes after the lambda is made are seen, and
        // the lambda's changes stay.
        var origin = new Vec(0, 0);
        Func<Vec> read = () => origin;
        Action nudge = () => origin.X++;
        origin.Y = 5;
        nudge();
        nudge();
        var snapshot = read();
        snapshot.X = 1000;
        Console.WriteLine($"origin {origin}, snapshot {snapshot}");

        // Boxing through object: the box is a copy.
        Func<Vec, object> box = v => v;
        object boxed = box(a);
        a.X = 7;
        Func<object, Vec> unbox = o => (Vec)o;
        var back = unbox(boxed);
        back.Y = -1;
        Console.WriteLine($"boxed {boxed}, a {a}, back {back}");

        // Generic delegates and generic methods with a struct type argument.
        Map<Vec, int> len = v => v.Length2;
        Map<int, Vec> diag = n => new Vec(n, n);
        Console.WriteLine($"len {len(new Vec(3, 4))}, diag {diag(2)}");
        Console.WriteLine($"twice {Twice(new Vec(1, 1), v => { v.Scale(3); return v; })}");
        var vs = new[] { new Vec(1, 0), new Vec(3, 4), new Vec(0, 2), new Vec(5, 5) };
        Console.WriteLine($"long ones: {string.Join(" ", Filter(vs, IsLong))}");
        Console.WriteLine($"right half: {string.Join(" ", Filter(vs, v => v.X > 0 && v.Y < 3))}");

        // Method groups of static, virtual and base methods.
        Func<Vec, Vec> mirror = Mirror;
        Console.WriteLine($"mirror {mirror(a)}, a {a}");
        Body body = new Rocket();
        Func<Vec, Vec> step = body.Step;
        Console.WriteLine($"step {step(a)}, base step {((Rocket)body).BaseStep()(a)}");
        Func<Vec, Vec> step2 = body.Step;
        Console.WriteLine($"same group equal: {step == step2}");

        // An event of Action<Vec>: handlers added and removed by method group.
        Moved += body.Report;
        Moved += v => Console.WriteLine($"  lambda {v}");
        Moved += body.Report;
        Moved(a);
        Moved -= body.Report;
        Console.WriteLine("one report removed:");
        Moved(a);
    }
}
