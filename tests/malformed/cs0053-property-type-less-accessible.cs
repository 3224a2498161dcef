// expect: CS0053
// A public property of a public class has the type of a private nested class.
using System;

public class Program
{
    private class Node { }

    public static Node Root { get; set; }

    static void Main()
    {
        Console.WriteLine(Root == null);
    }
}
