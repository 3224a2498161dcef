// expect: CS0152, CS0152
// The same case value twice (one written as a constant), and two default labels.
using System;


static class Program
{
    const int Two = 2;

    static void Main()
    {
        int n = 2;
        switch (n)
        {
            case 2:
                Console.WriteLine("two");
                break;
            case Two:
                Console.WriteLine("also two");
                break;
            default:
            default:
                Console.WriteLine("other");
                break;
        }
    }
}
