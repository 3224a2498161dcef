// User-defined enums: implicit and explicit values (negative ones, members built from earlier
// members), enums at top level, in a namespace and nested in a class, casts to and from int and
// long, the constant 0, comparisons, + and - with an int, ++/--, compound assignment, switch
// statements (a cast as a case label), default(E), fields, constants, parameters (with default
// values, named arguments), return values, arrays, List<E>, Dictionary<E, T> keys, boxing
// (GetType().Name, is, unboxing, Equals, GetHashCode) and printing by member name (string.Join
// of a list and an array, KeyValuePair, dictionary exception messages).
using System;
using System.Collections.Generic;

enum Color { Red, Green = 5, Blue, Below = -3 }

enum Priority { Low = 1, Normal = Low * 10, High = Normal + 5, Urgent }

namespace Shop
{
    public enum Status { Pending, Paid, Shipped, Delivered }

    class Order
    {
        public enum Size { Small, Large }

        public Status State;
        public Size Box = Size.Large;
        public Priority Priority { get; set; } = Priority.Normal;

        public override string ToString() => $"order {State} {Box} {Priority}";
    }
}

static class Program
{
    static Color Next(Color c) => c == Color.Blue ? Color.Red : c + 1;

    const Color Favourite = Color.Green;

    static string Paint(string what, Color color = Color.Blue, Color trim = default) =>
        $"{what} in {color} with {trim} trim";

    static string Describe(Shop.Status s)
    {
        switch (s)
        {
            case Shop.Status.Pending:
                return "waiting for payment";
            case Shop.Status.Paid:
            case (Shop.Status)2:
                return "on its way";
            default:
                return "done: " + s;
        }
    }

    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c);
        Console.WriteLine($"{c} is {(int)c}, {Color.Blue} is {(long)Color.Blue}, {Color.Below} is {(int)Color.Below}");
        Console.WriteLine("concatenated: " + Color.Red + " " + c.ToString());
        Console.WriteLine((Color)6);
        Console.WriteLine((Color)42);
        Console.WriteLine((Color)(-3));
        Console.WriteLine($"{Priority.Low} {Priority.Normal} {Priority.High} {Priority.Urgent} = {(int)Priority.Urgent}");

        Color zero = 0;
        Console.WriteLine(zero == Color.Red);
        Console.WriteLine(default(Color));
        Console.WriteLine(Next(Color.Green) + " " + Next(Color.Blue));
        c++;
        Console.WriteLine(c);
        c--;
        c -= 5;
        Console.WriteLine(c);
        c += 6;
        Console.WriteLine(c);
        Console.WriteLine(Color.Blue - Color.Green);
        Console.WriteLine(Color.Blue > Color.Green);
        Console.WriteLine(Color.Below < Color.Red);
        Console.WriteLine(Priority.Urgent >= Priority.High && Priority.Low != Priority.Normal);

        for (var s = Shop.Status.Pending; s <= Shop.Status.Delivered; s++)
            Console.WriteLine($"{s}: {Describe(s)}");

        var order = new Shop.Order();
        Console.WriteLine(order);
        order.State = Shop.Status.Shipped;
        order.Priority++;
        Console.WriteLine(order);

        var colors = new Color[3];
        colors[1] = Color.Blue;
        foreach (var x in colors)
            Console.Write(x + " ");
        Console.WriteLine();
        var list = new List<Color> { Color.Blue, Color.Red };
        list.Add(Color.Green);
        Console.WriteLine(list.Count + " " + list[0] + " " + list[2]);
        var counts = new Dictionary<Color, int>();
        foreach (var x in new[] { Color.Red, Color.Blue, Color.Red })
            counts[x] = counts.TryGetValue(x, out var n) ? n + 1 : 1;
        foreach (var kv in counts)
            Console.WriteLine($"{kv.Key} x{kv.Value}");

        object boxed = Color.Blue;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.GetType().Name);
        Console.WriteLine(boxed is Color);
        Console.WriteLine(boxed is int);
        Console.WriteLine((Color)boxed == Color.Blue);
        Console.WriteLine((int)boxed);
        Console.WriteLine(boxed.Equals(Color.Blue) + " " + boxed.Equals(Color.Red) + " " + boxed.Equals(6));
        Console.WriteLine(Color.Blue.GetHashCode() + " " + Color.Below.GetHashCode());
        Console.WriteLine(Color.Blue.Equals(Color.Blue));
        const Color chosen = Favourite;
        Console.WriteLine(Paint("door") + "; " + Paint("wall", chosen) + "; " + Paint("roof", trim: Color.Below));
        Console.WriteLine(boxed is Color found ? "found " + found : "none");
        Console.WriteLine(string.Join(", ", list) + " | " + string.Join("/", colors));
        foreach (var kv in counts)
            Console.WriteLine(kv);
        try
        {
            Console.WriteLine(counts[Color.Green]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            counts.Add(Color.Blue, 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
