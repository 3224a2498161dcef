// expect: UA0100
// Valid C#, but `switch` statements are outside the subset (Tier 2).
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
                break;
            default:
                Console.WriteLine("other");
                break;
        }
    }
}
