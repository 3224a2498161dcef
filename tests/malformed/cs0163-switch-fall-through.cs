// expect: CS0163, CS8070
// A switch section whose end is reachable: into the next section (CS0163), and out of the last one (CS8070).
using System;


static class Program
{
    static void Main()
    {
        int day = 3;
        switch (day)
        {
            case 1:
                Console.WriteLine("one");
            case 2:
                Console.WriteLine("two");
                break;
        }
        switch (day)
        {
            case 3:
                Console.WriteLine("three");
                break;
            default:
                Console.WriteLine("other");
        }
    }
}
