// expect: CS0023
// Unary minus cannot be applied to a bool.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        bool flag = true;
        bool other = -flag;
        Console.WriteLine(other);
    }
}
