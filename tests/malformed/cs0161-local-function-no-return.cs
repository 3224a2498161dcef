// expect: CS0161, CS0161
// Two local functions, one generic, have a path that ends without `return`: C# reports each as the method it is (CS0161, not a lambda's CS1643).
using System;

static class Program
{
    static void Main()
    {
        int Sign(int x)
        {
            if (x > 0) return 1;
            if (x < 0) return -1;
        }
        T FirstOr<T>(T[] items, T fallback)
        {
            foreach (var item in items) return item;
        }
        Console.WriteLine(Sign(2) + FirstOr(new[] { 1 }, 0));
    }
}
