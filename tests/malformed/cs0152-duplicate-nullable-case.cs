// expect: CS0152
// A switch on an int? labels two sections with the constant 2.
using System;

static class Program
{
    static void Main()
    {
        int? x = 2;
        switch (x)
        {
            case 1:
                Console.WriteLine("one");
                break;
            case 2:
                Console.WriteLine("two");
                break;
            case 2:
                Console.WriteLine("two again");
                break;
        }
    }
}
