using System;
using System.Collections.Generic;

// A's initializer reads B's fields; B is declared later in the file. C# initializes B on first access,
// so A sees B's initialized values, never zeros or nulls.
static class A
{
    public static int FromB = B.Value * 2;
    public static string Name = "A sees " + B.Label;
    public static int Count = B.Items.Count;
}

static class B
{
    public static int Value = Compute();
    public static string Label = "label-" + Value;
    public static List<int> Items = new List<int> { 1, 2, 3 };

    static int Compute()
    {
        return 21;
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(A.FromB);
        Console.WriteLine(A.Name);
        Console.WriteLine(A.Count);
        Console.WriteLine(B.Value + " " + B.Label);
    }
}
