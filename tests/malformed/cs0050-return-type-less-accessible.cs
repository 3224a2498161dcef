// expect: CS0050, CS0050
// A public method of a public class returns an internal class (no modifier), and an async one a Task of it.
using System;
using System.Threading.Tasks;

class Node
{
    public int Value;
}

public class Program
{
    public static Node Make() { return new Node(); }

    public static async Task<Node> MakeLater()
    {
        await Task.Yield();
        return new Node();
    }

    static async Task Main()
    {
        Console.WriteLine((await MakeLater()).Value + Make().Value);
    }
}
