// Async streams through variance (`IAsyncEnumerable<out T>`, `IAsyncEnumerator<out T>`): an
// async iterator of circles consumed as a stream of shapes (an argument, a list of streams,
// a `Func` returning one), an enumerator used as an enumerator of shapes, and an interface of
// the program whose `out T` feeds a stream (`IFeed<Circle>` as `IFeed<Shape>`).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Shape
{
    public readonly string Name;
    public Shape(string name) { Name = name; }
    public virtual double Area => 0;
    public override string ToString() => Name;
}
class Circle : Shape
{
    public Circle(string name, double r) : base(name) { R = r; }
    public readonly double R;
    public override double Area => 3 * R * R;
}

interface IFeed<out T>
{
    IAsyncEnumerable<T> Stream(int count);
    T Latest { get; }
}

class CircleFeed : IFeed<Circle>
{
    public Circle Latest { get; private set; }
    public async IAsyncEnumerable<Circle> Stream(int count)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Yield();
            Latest = new Circle("c" + i, i);
            yield return Latest;
        }
    }
}

class Program
{
    static async IAsyncEnumerable<Circle> Circles(string prefix, int n)
    {
        for (int i = 1; i <= n; i++)
        {
            await Task.Delay(1);
            yield return new Circle(prefix + i, i);
        }
    }

    static async Task<double> TotalArea(IAsyncEnumerable<Shape> shapes)
    {
        double total = 0;
        await foreach (var s in shapes)
        {
            Console.WriteLine("  " + s + " " + s.Area);
            total += s.Area;
        }
        return total;
    }

    static async Task<int> Drain(IFeed<Shape> feed)
    {
        int n = 0;
        await foreach (Shape s in feed.Stream(2)) n++;
        Console.WriteLine("  latest " + feed.Latest);
        return n;
    }

    static async Task Main()
    {
        Console.WriteLine("total " + await TotalArea(Circles("a", 2)));

        IAsyncEnumerable<Shape> shapes = Circles("b", 1);
        await foreach (var s in shapes) Console.WriteLine("shape " + s.Name);

        var streams = new List<IAsyncEnumerable<Shape>> { Circles("x", 1), Circles("y", 2) };
        Console.WriteLine("first " + await TotalArea(streams[0]));
        Console.WriteLine("second " + await TotalArea(streams[1]));

        Func<IAsyncEnumerable<Circle>> make = () => Circles("f", 1);
        Func<IAsyncEnumerable<Shape>> makeShapes = make;
        Console.WriteLine("func " + await TotalArea(makeShapes()));

        IAsyncEnumerator<Circle> circles = Circles("e", 2).GetAsyncEnumerator();
        IAsyncEnumerator<object> objects = circles;
        while (await objects.MoveNextAsync()) Console.WriteLine("enumerator " + objects.Current);
        await objects.DisposeAsync();

        IFeed<Circle> feed = new CircleFeed();
        IFeed<Shape> shapeFeed = feed;
        Console.WriteLine("drained " + await Drain(shapeFeed));
        Console.WriteLine("feed total " + await TotalArea(shapeFeed.Stream(1)));
    }
}
