// expect: CS0131
// The left side of an assignment is a method call, not a variable.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Get()
    {
        return 1;
    }

    static void Main()
    {
        Get() = 5;
        Console.WriteLine(Get());
    }
}
