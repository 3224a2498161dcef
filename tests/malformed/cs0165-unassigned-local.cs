// expect: CS0165
// `result` is read while it may still be unassigned.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int result;
        int n = 4;
        if (n > 5)
        {
            result = 1;
        }
        Console.WriteLine(result);
    }
}
