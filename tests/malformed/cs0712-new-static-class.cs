// expect: CS0712
// `new` of a static class.
using System;

static class Helpers
{
    public static int Twice(int x) { return 2 * x; }
}

static class Program
{
    static void Main()
    {
        var h = new Helpers();
        Console.WriteLine(Helpers.Twice(2));
    }
}
