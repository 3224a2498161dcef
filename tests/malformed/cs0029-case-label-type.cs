// expect: CS0029, CS0266, CS0150
// Case labels must be constants convertible to the switch's type: a string and a long label in an int switch, a variable as a label.
using System;


static class Program
{
    static void Main()
    {
        int n = 2;
        int other = 3;
        switch (n)
        {
            case "two":
                break;
            case 3L:
                break;
            case other:
                break;
        }
        Console.WriteLine(n);
    }
}
