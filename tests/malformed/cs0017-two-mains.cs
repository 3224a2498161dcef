// expect: CS0017
// Two classes declare an entry point (C# needs /main to choose one).
using System;
using System.Threading.Tasks;


static class First
{
    static void Main()
    {
        Console.WriteLine("first");
    }
}

static class Second
{
    static void Main()
    {
        Console.WriteLine("second");
    }
}
