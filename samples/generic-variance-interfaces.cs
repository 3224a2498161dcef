// Variance between the program's interfaces and delegates themselves (not only from a class):
// an `IFeed<Circle>` used as an `IFeed<Shape>` (`out T`), an `IRanker<Shape>` as an
// `IRanker<Circle>` (`in T`), through an interface that extends a variant one, nested in
// another variant type (`IFeed<IFeed<Circle>>`, `Func<IFeed<Circle>>`, a `List<IFeed<Circle>>`
// read as `IEnumerable<IFeed<Shape>>`, an array of them), boxed from a struct; casts back and
// `is`/`as` checked at run time against what the object implements.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

abstract class Shape
{
    public abstract double Area { get; }
    public override string ToString() => GetType().Name + "(" + Area.ToString("F1") + ")";
}
class Circle : Shape
{
    public double R;
    public Circle(double r) { R = r; }
    public override double Area => 3.14 * R * R;
}
class Square : Shape
{
    public double Side;
    public Square(double s) { Side = s; }
    public override double Area => Side * Side;
}

interface IFeed<out T> { T Next(); int Served { get; } }
interface INamedFeed<out T> : IFeed<T> { string Name { get; } }
interface IRanker<in T> { int Rank(T item); }
delegate TOut Projector<in TIn, out TOut>(TIn input);

class ListFeed<T> : INamedFeed<T>
{
    readonly List<T> _items;
    int _at;
    public ListFeed(string name, params T[] items) { Name = name; _items = new List<T>(items); }
    public string Name { get; }
    public T Next() { var x = _items[_at % _items.Count]; _at++; return x; }
    public int Served => _at;
}

class ByArea : IRanker<Shape>
{
    public int Rank(Shape s) => (int)s.Area;
}

struct Fixed<T> : IFeed<T>
{
    readonly T _value;
    public Fixed(T value) { _value = value; }
    public T Next() => _value;
    public int Served => 0;
}

class Program
{
    static double TotalArea(IEnumerable<IFeed<Shape>> feeds, int each)
    {
        double total = 0;
        foreach (var f in feeds)
            for (int i = 0; i < each; i++) total += f.Next().Area;
        return total;
    }

    static IRanker<Circle> ForCircles(IRanker<Shape> general) => general;

    static async Task<IFeed<Shape>> PickAsync(INamedFeed<Circle> circles, IFeed<Square> squares, bool round)
    {
        await Task.Yield();
        IFeed<Shape> chosen = round ? (IFeed<Shape>)circles : squares;
        return chosen;
    }

    static async Task Main()
    {
        INamedFeed<Circle> circles = new ListFeed<Circle>("circles", new Circle(1), new Circle(2));
        IFeed<Square> squares = new ListFeed<Square>("squares", new Square(3));

        // Interface to interface: `out T` and through the interface it extends.
        IFeed<Circle> plain = circles;
        IFeed<Shape> shapes = plain;
        INamedFeed<Shape> named = circles;
        IFeed<object> anything = named;
        Console.WriteLine(shapes.Next() + " " + named.Name + " " + anything.Next());
        Console.WriteLine("served " + circles.Served);
        // Member lookup on `INamedFeed<Circle>` finds `IFeed<Circle>.Next()` only: the
        // `IFeed<Shape>` it converts to is no base interface, so the call is not ambiguous.
        Circle first = circles.Next();
        Console.WriteLine("first " + first.R + " served " + circles.Served);

        // `in T`: a ranker of any shape ranks circles.
        IRanker<Shape> byArea = new ByArea();
        IRanker<Circle> circleRanker = byArea;
        Console.WriteLine("rank " + circleRanker.Rank(new Circle(3)) + " " + ForCircles(byArea).Rank(new Circle(1)));
        var ranked = new List<Circle> { new Circle(2), new Circle(1), new Circle(3) }
            .OrderBy(c => circleRanker.Rank(c))
            .Select(c => c.R);
        Console.WriteLine(string.Join(",", ranked));

        // Nested: a feed of circle feeds is a feed of shape feeds; a list of them is a sequence.
        IFeed<IFeed<Circle>> feedOfFeeds = new ListFeed<IFeed<Circle>>("outer", plain);
        IFeed<IFeed<Shape>> feedOfShapeFeeds = feedOfFeeds;
        Console.WriteLine("nested " + feedOfShapeFeeds.Next().Next());
        var circleFeeds = new List<IFeed<Circle>> { new ListFeed<Circle>("a", new Circle(1)), plain };
        Console.WriteLine("total " + TotalArea(circleFeeds, 2).ToString("F2"));
        var mixed = new List<IFeed<Shape>> { plain, squares };
        Console.WriteLine("mixed " + TotalArea(mixed, 1).ToString("F2"));
        IFeed<Circle>[] array = { plain };
        IFeed<Shape>[] shapeArray = array;
        Console.WriteLine("array " + shapeArray[0].Next());

        // Delegates returning or taking variant interfaces.
        Func<IFeed<Circle>> source = () => plain;
        Func<IFeed<Shape>> shapeSource = source;
        Func<IRanker<Shape>, int> rankOne = r => r.Rank(new Square(2));
        Func<IRanker<Square>, int> rankSquare = rankOne == null ? null : (Func<IRanker<Square>, int>)(r => r.Rank(new Square(4)));
        Console.WriteLine("func " + shapeSource().Next() + " " + rankOne(byArea) + " " + rankSquare(byArea));
        Projector<IFeed<Shape>, INamedFeed<Circle>> project = f => circles;
        Projector<IFeed<Circle>, IFeed<Shape>> widened = project;
        Console.WriteLine("projector " + widened(plain).Next());

        // A struct's box converts too.
        IFeed<Shape> unit = new Fixed<Square>(new Square(1));
        Console.WriteLine("struct " + unit.Next());

        // Casts back are checked at run time; `is` and `as` answer by what the object implements.
        IFeed<Shape> back = circles;
        IFeed<Circle> again = (IFeed<Circle>)back;
        Console.WriteLine("cast " + again.Next() + " " + (back is IFeed<Circle>) + " " + (back is IFeed<Square>));
        Console.WriteLine("as " + (back as INamedFeed<Shape>).Name + " " + (back as IFeed<Square> == null));
        try
        {
            IFeed<Square> wrong = (IFeed<Square>)back;
            Console.WriteLine("unexpected " + wrong.Served);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("not a feed of squares");
        }
        object boxed = feedOfFeeds;
        Console.WriteLine((boxed is IFeed<IFeed<Shape>>) + " " + (boxed is IFeed<INamedFeed<Circle>>));
        if (shapes is INamedFeed<object> n) Console.WriteLine("pattern " + n.Name);

        var picked = await PickAsync(circles, squares, false);
        Console.WriteLine("picked " + picked.Next() + " served " + circles.Served);
    }
}
