// expect: CS0103
// `total` is never declared.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int count = 3;
        Console.WriteLine(count + total);
    }
}
