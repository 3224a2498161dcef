// expect: CS1061
// string has no method named Shout.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        string s = "hello";
        Console.WriteLine(s.Shout());
    }
}
