// Struct copies: every assignment, argument, return value, field, array element and list
// element holds its own copy (a struct local may be assigned field by field); methods called on a
// variable (a foreach variable too) change it, but on a readonly field, a property's value or a
// call's result they change a defensive copy.
using System;
using System.Collections.Generic;

struct Counter
{
    public int N;
    public string Tag;
    public Counter(string tag) { N = 0; Tag = tag; }
    public int Bump() { N++; return N; }
    public Counter Self() { return this; }
    public void Reset(Counter to) { N = to.N; Tag = to.Tag; }
    public override string ToString() { return Tag + ":" + N; }
}

struct Pair
{
    public Counter A;
    public Counter B;
}

class Box
{
    public Counter Field;
    public readonly Counter Frozen = new Counter("frozen");
    public static readonly Counter Shared = new Counter("shared");
    private Counter hidden = new Counter("hidden");
    public Counter Hidden { get { return hidden; } }
    public Counter Auto { get; set; }
}

class Program
{
    static Counter global = new Counter("global");

    static Counter Twice(Counter c)
    {
        c.Bump();
        c.Bump();
        return c;
    }

    static void Main()
    {
        var a = new Counter("a");
        var b = a;
        b.Bump();
        Console.WriteLine(a + " " + b);

        var t = Twice(a);
        Console.WriteLine(a + " " + t);

        var box = new Box();
        box.Field = a;
        a.Bump();
        box.Field.Bump();
        box.Field.Bump();
        Console.WriteLine(a + " " + box.Field);

        Console.WriteLine(box.Frozen.Bump() + " " + box.Frozen.Bump() + " " + box.Frozen);
        Console.WriteLine(Box.Shared.Bump() + " " + Box.Shared);
        Console.WriteLine(box.Hidden.Bump() + " " + box.Hidden);
        box.Auto = a;
        Console.WriteLine(box.Auto.Bump() + " " + box.Auto);
        Console.WriteLine(Twice(a).Bump() + " " + a);

        var self = a.Self();
        self.Bump();
        Console.WriteLine(a + " " + self);
        a.Reset(new Counter("reset"));
        Console.WriteLine(a);

        var arr = new Counter[2];
        arr[0] = a;
        arr[0].Bump();
        var copy = arr[0];
        copy.Bump();
        Console.WriteLine(a + " " + arr[0] + " " + copy);
        foreach (var c in arr)
        {
            Console.WriteLine(c.Bump() + " " + c);
        }
        Console.WriteLine(arr[0] + " " + arr[1]);

        var list = new List<Counter> { a, a };
        list[0].Bump();
        var got = list[1];
        got.Bump();
        Console.WriteLine(list[0] + " " + list[1] + " " + got);
        foreach (var c in list)
            c.Bump();
        Console.WriteLine(list[0]);

        var pair = new Pair();
        pair.A = new Counter("x");
        pair.B = pair.A;
        pair.B.Bump();
        var pair2 = pair;
        pair2.A.Bump();
        pair2.A.Bump();
        Console.WriteLine(pair.A + " " + pair.B + " " + pair2.A + " " + pair2.B);

        Pair fresh;
        fresh.A = new Counter("f");
        fresh.B = fresh.A;
        fresh.B.Bump();
        var whole = fresh;
        whole.A.Bump();
        Console.WriteLine(fresh.A + " " + fresh.B + " " + whole.A);

        bool flag = true;
        var pick = flag ? a : b;
        pick.Bump();
        Console.WriteLine(a + " " + pick);

        Counter chained;
        Counter source = new Counter("chain");
        chained = global = source;
        chained.Bump();
        global.Bump();
        global.Bump();
        Console.WriteLine(source + " " + chained + " " + global);
    }
}
