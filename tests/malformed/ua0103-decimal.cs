// expect: UA0103
// Valid C#, but the type `decimal` is outside the subset.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        decimal price = 9.99m;
        Console.WriteLine(price);
    }
}
