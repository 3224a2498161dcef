using System;
using System.Collections.Generic;
using System.Linq;

class Point
{
    public int X, Y;
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Program
{
    static int calls;

    static int Next()
    {
        calls++;
        return calls * 10;
    }

    static void Main()
    {
        // string.Concat of objects: each argument's string, null as "".
        Console.WriteLine(string.Concat("x", 1, true));
        Console.WriteLine(string.Concat(1.5, 'c'));
        object nothing = null;
        string none = null;
        Console.WriteLine("[" + string.Concat(nothing, none, 2L) + "]");
        Console.WriteLine(string.Concat(new Point { X = 1, Y = 2 }, " and ", new Point()));
        Console.WriteLine(String.Concat(1, 2, 3).Length);

        // Arguments run once each, left to right.
        Console.WriteLine(string.Concat(Next(), "-", Next()));

        // Named arguments, a lambda's body, a method group.
        Console.WriteLine(string.Concat(arg1: 2, arg0: "a"));
        var xs = new List<int> { 1, 2, 3 };
        Console.WriteLine(string.Join(",", xs.Select(x => string.Concat(x, "!"))));
        Func<object, object, string> pair = string.Concat;
        Console.WriteLine(pair(4, 'z'));

        // The string overloads still win for strings.
        Console.WriteLine(string.Concat("a", "b", "c", "d"));
    }
}
