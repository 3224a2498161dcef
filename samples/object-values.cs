// `object`: boxing and unboxing, object locals, parameters, fields and lists, printing through
// Console.WriteLine(object), reference equality, and InvalidCastException on a wrong unboxing.
using System;
using System.Collections.Generic;

class Tag
{
    public object Payload;
    public Tag(object payload) { Payload = payload; }
}

static class Program
{
    static void Show(object o)
    {
        Console.WriteLine("show " + o);
    }

    static void Main()
    {
        object a = 5;
        object b = "text";
        object c = new Tag(2.5);
        object none = null;
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(none == null);
        int back = (int)a;
        Console.WriteLine(back + 1);
        Show(3.5);
        Show(true);
        Show(9L);
        Show(c);
        var items = new List<object> { 1, "two", 3L, null, new Tag("x") };
        foreach (var i in items) Console.WriteLine(i == null ? "(null)" : i);
        Tag t = new Tag(a);
        Console.WriteLine(t.Payload);
        t.Payload = "replaced";
        Console.WriteLine(t.Payload);
        object same = t;
        Console.WriteLine(same == (object)t);
        Console.WriteLine(same == c);
        try
        {
            long wrong = (long)a;
            Console.WriteLine(wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException: an int box is not a long");
        }
    }
}
