// expect: UA0103
// Valid C#, but the type `float` is outside the subset (use double).
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        float f = 1.5f;
        Console.WriteLine(f * 2);
    }
}
