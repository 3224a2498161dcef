// expect: CS0266, CS0266, CS0266, CS0029
// Variance goes one way only: an `out T` interface does not narrow, an `in T` one does not widen, and a value type argument never varies (interfaces: CS0266, an explicit conversion exists; delegates: CS0029).
using System;

interface IFeed<out T> { T Next(); }
interface IRanker<in T> { int Rank(T item); }
class Feed<T> : IFeed<T>, IRanker<T> { T _v; public Feed(T v) { _v = v; } public T Next() => _v; public int Rank(T item) => 0; }
class Shape { }
class Circle : Shape { }

class Program
{
    static void Main()
    {
        IFeed<Shape> shapes = new Feed<Shape>(new Circle());
        IFeed<Circle> circles = shapes;
        IRanker<Circle> byCircle = new Feed<Circle>(new Circle());
        IRanker<Shape> byShape = byCircle;
        IFeed<int> numbers = new Feed<int>(1);
        IFeed<object> boxes = numbers;
        Func<int> one = () => 1;
        Func<object> boxed = one;
        Console.WriteLine(circles.Next() + " " + byShape.Rank(null) + boxes.Next() + boxed());
    }
}
