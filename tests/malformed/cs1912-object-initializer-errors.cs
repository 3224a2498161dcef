// expect: CS1912, CS1913, CS1914, CS0200, CS0117
// Object initializers that assign a member twice, a method, a static field, a get-only property, and a member the class lacks.
using System;

class Item
{
    public static int Count;
    public int Size;
    public string Name { get; }
    public void Grow() { Size++; }
}

static class Program
{
    static void Main()
    {
        var a = new Item { Size = 1, Size = 2 };
        var b = new Item { Grow = 1 };
        var c = new Item { Count = 3 };
        var d = new Item { Name = "x" };
        var e = new Item { Weight = 4 };
    }
}
