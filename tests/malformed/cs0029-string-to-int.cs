// expect: CS0029
// A string cannot be implicitly converted to int.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int answer = "forty-two";
        Console.WriteLine(answer);
    }
}
