// expect: UA0100
// Valid C#, but pattern `case` labels (a declaration pattern with a `when` guard) are not supported yet.
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
            case int d when d > 5:
                Console.WriteLine("late " + d);
                break;
            default:
                Console.WriteLine("other");
                break;
        }
    }
}
