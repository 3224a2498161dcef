// expect: CS8313
// `case default:` uses the default literal as a case constant (mcs predates the default literal: it reports CS1525).
using System;

class Program
{
    static void Main()
    {
        int x = 0;
        switch (x)
        {
            case default:
                Console.WriteLine("zero");
                break;
            case 1:
                Console.WriteLine("one");
                break;
        }
    }
}
