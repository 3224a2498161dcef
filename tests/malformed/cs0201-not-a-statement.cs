// expect: CS0201
// `1 + 2;` computes a value and discards it; it is not a statement.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1;
        x + 2;
        Console.WriteLine(x);
    }
}
