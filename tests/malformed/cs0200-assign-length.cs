// expect: CS0200
// An array's Length is read-only.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int[] values = new int[3];
        values.Length = 5;
        Console.WriteLine(values.Length);
    }
}
