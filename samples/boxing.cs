// Boxing structs: converting to object or to an interface copies the struct into a box;
// interface calls on the box change the box, not the variable; unboxing casts copy back out
// (InvalidCastException for another type); `is S s` copies; a boxed struct prints through its
// ToString override or its full type name.
using System;
using System.Collections.Generic;

interface IShape
{
    int Area();
    void Grow(int by);
    string Describe();
}

struct Square : IShape
{
    public int Side;
    public Square(int side) { Side = side; }
    public int Area() { return Side * Side; }
    public void Grow(int by) { Side += by; }
    public string Describe() { return "square " + Side; }
    public override string ToString() { return "Square(" + Side + ")"; }
}

struct Tag
{
    public string Text;
}

class Program
{
    static void Report(object o)
    {
        if (o is Square sq)
        {
            sq.Grow(100);
            Console.WriteLine("a square of area " + sq.Area() + ", box still " + o);
        }
        else if (o is Tag t)
            Console.WriteLine("a tag: " + t.Text);
        else
            Console.WriteLine("something else: " + o);
    }

    static void GrowAll(List<IShape> shapes)
    {
        foreach (var s in shapes)
            s.Grow(1);
    }

    static void Main()
    {
        var sq = new Square(3);
        object boxed = sq;
        sq.Grow(1);
        Console.WriteLine(sq + " " + boxed);

        IShape shape = sq;
        shape.Grow(10);
        shape.Grow(10);
        Console.WriteLine(sq.Describe() + " / " + shape.Describe() + " area " + shape.Area());

        var back = (Square)shape;
        back.Grow(1);
        Console.WriteLine(back + " " + shape);

        var fromObject = (Square)boxed;
        Console.WriteLine(fromObject.Area());

        Report(sq);
        Report(new Tag { Text = "hello" });
        Report("text");
        Report(new Tag());

        var shapes = new List<IShape>();
        shapes.Add(sq);
        shapes.Add(new Square(2));
        GrowAll(shapes);
        GrowAll(shapes);
        foreach (var s in shapes)
            Console.WriteLine(s.Describe());
        Console.WriteLine(sq);

        object[] objects = { sq, new Tag { Text = "t" }, 42 };
        foreach (var o in objects)
            Console.WriteLine(o is Square);

        try
        {
            var wrong = (Square)objects[1];
            Console.WriteLine(wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }
        Console.WriteLine(new Tag());
    }
}
