// expect: CS0117
// Console has no member named Foo.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Console.Foo("hello");
    }
}
