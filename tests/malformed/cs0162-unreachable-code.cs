// expect: CS0162
// Warning only: the statement after `return` can never run. Otherwise valid.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Get()
    {
        return 1;
        Console.WriteLine("never printed");
    }

    static void Main()
    {
        Console.WriteLine(Get());
    }
}
