// expect: CS5001
// The program has no static Main method to start from.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Start()
    {
        Console.WriteLine("never called");
    }
}
