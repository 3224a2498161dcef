// Structs: fields, constructors, methods that change `this`, properties, ToString (overridden
// and the default one, which prints the full type name), static fields, nested structs and
// references inside structs, zeroed structs in arrays and class fields, List<S>, a readonly struct.
using System;
using System.Collections.Generic;

namespace Geometry
{
    struct Point
    {
        public int X;
        public int Y;
        public static int Made;

        public Point(int x, int y)
        {
            X = x;
            Y = y;
            Label = null;
            Made++;
        }

        public int Sum { get { return X + Y; } }
        public string Label { get; set; }

        public void Move(int dx, int dy)
        {
            X += dx;
            Y += dy;
        }

        public Point Mirrored() { return new Point(Y, X); }

        public override string ToString() { return "(" + X + ", " + Y + ")"; }
    }

    struct Segment
    {
        public Point From;
        public Point To;
        public string Name;
        public Segment(string name, Point from, Point to)
        {
            Name = name;
            From = from;
            To = to;
        }
        public int Length() { return Math.Abs(To.X - From.X) + Math.Abs(To.Y - From.Y); }
    }

    struct Bare
    {
        public int N;
        public string S;
        public Node Ref;
    }

    readonly struct Money
    {
        public readonly long Cents;
        public readonly string Currency;
        public Money(long cents, string currency)
        {
            Cents = cents;
            Currency = currency;
            Code = currency + "!";
        }
        public string Code { get; }
        public Money Add(Money other) { return new Money(Cents + other.Cents, Currency); }
        public override string ToString() { return Currency + " " + (Cents / 100) + "." + (Cents % 100); }
    }

    class Node
    {
        public string Name;
        public Point At;
        public Node(string name) { Name = name; }
    }
}

class Program
{
    static Geometry.Point origin;

    static void Main()
    {
        var p = new Geometry.Point(1, 2);
        p.Move(10, 20);
        Console.WriteLine(p + " sum " + p.Sum);
        p.Label = "p";
        Console.WriteLine(p.Label + " " + p.Mirrored() + " " + p);

        var zero = new Geometry.Point();
        var dflt = default(Geometry.Point);
        Console.WriteLine(zero + " " + dflt + " " + (zero.Label == null));

        var bare = new Geometry.Bare();
        Console.WriteLine(bare);
        Console.WriteLine(bare.N + " " + (bare.S == null) + " " + (bare.Ref == null));
        bare.Ref = new Geometry.Node("n1");
        bare.Ref.At.Move(3, 4);
        Console.WriteLine(bare.Ref.Name + " at " + bare.Ref.At);

        var seg = new Geometry.Segment("s", new Geometry.Point(0, 0), new Geometry.Point(3, 4));
        seg.To.Move(1, 1);
        Console.WriteLine(seg.Name + " " + seg.From + "-" + seg.To + " length " + seg.Length());

        var points = new Geometry.Point[3];
        points[1].Move(5, 5);
        points[2] = new Geometry.Point(7, 8);
        points[2].X++;
        foreach (var q in points)
            Console.WriteLine(q);

        var list = new List<Geometry.Point>();
        list.Add(p);
        list.Add(new Geometry.Point(-1, -1));
        var first = list[0];
        first.Move(1, 1);
        Console.WriteLine(list[0] + " " + first + " " + list.Count);
        list[1] = first;
        Console.WriteLine(list[1]);

        var price = new Geometry.Money(150, "EUR");
        var total = price.Add(new Geometry.Money(275, "EUR"));
        Console.WriteLine(price + " + 2.75 = " + total + " " + total.Code);

        origin.Move(2, 2);
        Console.WriteLine(origin);
        Console.WriteLine("made " + Geometry.Point.Made);
    }
}
