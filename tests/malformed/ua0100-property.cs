// expect: UA0100
// Valid C#, but properties are outside the subset (Tier 2).
using System;
using System.Threading.Tasks;


static class Program
{
    static int Answer
    {
        get { return 42; }
    }

    static void Main()
    {
        Console.WriteLine(Answer);
    }
}
