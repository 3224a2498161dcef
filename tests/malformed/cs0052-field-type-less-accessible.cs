// expect: CS0052
// A public field of a public class has an internal class's type.
using System;

class Node { }

public class Program
{
    public static Node Root;

    static void Main()
    {
        Console.WriteLine(Root == null);
    }
}
