using System;
using System.Collections.Generic;
using System.Linq;

// A generic method group with its type arguments written converts to a delegate whose types
// name generic types' instances (`Box<double>`), and infers a generic method's type argument.
class Box<T>
{
    public T Value;
    public Box(T value) { Value = value; }
    public override string ToString() => $"Box({Value})";
}

static class Make
{
    public static Box<T> Empty<T>(string label) => new Box<T>(default(T));
    public static Box<int> Length(string label) => new Box<int>(label.Length);
    public static List<T> Repeat<T>(T item) => new List<T> { item, item };
}

class Program
{
    static Box<R> Bind<R>(Func<string, Box<R>> make) => make("xyz");

    static void Main()
    {
        Console.WriteLine(Bind(Make.Length));
        Console.WriteLine(Bind(Make.Empty<double>));
        Console.WriteLine(Bind<string>(Make.Empty<string>).Value == null);
        Func<string, Box<int>> f = Make.Empty<int>;
        Console.WriteLine(f("a"));
        Func<char, List<char>> twice = Make.Repeat<char>;
        Console.WriteLine(string.Join("", twice('z')));
        Console.WriteLine(string.Join(",", new[] { "a", "bb" }.Select(Make.Empty<bool>)));
    }
}
