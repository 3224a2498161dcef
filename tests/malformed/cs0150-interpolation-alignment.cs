// expect: CS0150
// The alignment of an interpolation hole must be a constant; `width` is a variable.
using System;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        int width = 5;
        Console.WriteLine($"[{42,width}]");
    }
}
