// expect: CS0019
// `+` is not defined for bool and int.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        bool ready = true;
        int next = ready + 1;
        Console.WriteLine(next);
    }
}
