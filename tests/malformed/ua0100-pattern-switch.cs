// expect: UA0100
// Valid C#, but `goto case`/`goto default` in a switch with pattern labels are not supported yet.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int day = 3;
        switch (day)
        {
            case 1:
                Console.WriteLine("one");
                goto default;
            case int d when d > 5:
                Console.WriteLine("late " + d);
                break;
            default:
                Console.WriteLine("other");
                break;
        }
    }
}
