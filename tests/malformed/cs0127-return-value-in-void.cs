// expect: CS0127
// A void method returns a value.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Log(string message)
    {
        Console.WriteLine(message);
        return 1;
    }

    static void Main()
    {
        Log("hi");
    }
}
