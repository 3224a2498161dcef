// expect: CS0037
// int is a non-nullable value type; null cannot be assigned to it.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int count = null;
        Console.WriteLine(count);
    }
}
