// expect: CS0102
// The class declares the field `count` twice.
using System;
using System.Threading.Tasks;


static class Program
{
    static int count = 0;
    static int count = 1;

    static void Main()
    {
        Console.WriteLine(count);
    }
}
