// Nested types: classes, a struct and an interface declared in a class, named by their simple
// name inside the outer type and as Outer.Inner elsewhere; a nested class reading the outer
// type's private static field and an outer object's private field; .NET's Outer+Inner names.
using System;
using System.Threading.Tasks;

namespace Shop
{
    class Catalog
    {
        private static int created;
        private string owner = "catalog";
        const string Prefix = "item-";

        public class Item
        {
            public int Id;
            public Item(int id) { Id = id; created++; }
            public string Label() => Prefix + Id + " (" + created + " made)";
            public string OwnerOf(Catalog c) => c.owner;

            public class Tag
            {
                public override string ToString() => "tag of " + Prefix.Length;
            }
        }

        class Secret { public int Code = 7; }

        public static int Peek() => new Secret().Code;
        static int Twice(int x) => 2 * x;
        public class Calc { public int Run() => Twice(21); }
    }

    class Shelf
    {
        protected class Slot { public int Size = 3; }
    }

    class BigShelf : Shelf
    {
        public int Total() => new Slot().Size + new Shelf.Slot().Size * 10;
    }

    class Other
    {
        public static string Describe(Catalog.Item i) => "other sees " + i.Label();
    }
}

class Program
{
    interface IShape { double Area(); }

    class Square : IShape
    {
        readonly double side;
        public Square(double s) { side = s; }
        public virtual double Area() => side * side;
    }

    class Cube : Square
    {
        public Cube(double s) : base(s) { }
        public override double Area() => 6 * base.Area();
    }

    struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() => "(" + X + ", " + Y + ")";
    }

    static int steps;

    static async Task<Shop.Catalog.Item> MakeAsync(int id)
    {
        await Task.Delay(1);
        steps++;
        return new Shop.Catalog.Item(id);
    }

    static async Task<double> TotalAsync(IShape[] shapes)
    {
        double total = 0;
        foreach (IShape s in shapes)
        {
            await Task.Yield();
            total += s.Area();
        }
        return total;
    }

    static async Task Main()
    {
        var first = new Shop.Catalog.Item(1);
        Console.WriteLine(first.Label());
        Shop.Catalog.Item second = await MakeAsync(2);
        Console.WriteLine(Shop.Other.Describe(second));
        Console.WriteLine(second.OwnerOf(new Shop.Catalog()));
        Console.WriteLine(new Shop.Catalog.Item.Tag());
        Console.WriteLine(Shop.Catalog.Peek() + " " + new Shop.Catalog.Calc().Run());

        var p = new Point(3, 4);
        p.X += steps;
        Console.WriteLine(p);

        IShape[] shapes = { new Square(2), new Cube(1) };
        Console.WriteLine(await TotalAsync(shapes));

        Console.WriteLine(first.GetType().Name);
        Console.WriteLine(first.GetType().FullName);
        Console.WriteLine(first);
        Console.WriteLine(new Shop.Catalog.Item.Tag().GetType().FullName);
        Console.WriteLine(new Cube(1).GetType().FullName);
        object boxed = p;
        Console.WriteLine(boxed.GetType().FullName + " " + boxed.GetType().Name);
        Console.WriteLine(shapes[1] is Square);
        Console.WriteLine(new Shop.BigShelf().Total());
    }
}
