// expect: CS0156
// `throw;` is only allowed inside a catch clause.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Fail()
    {
        Console.WriteLine("failing");
        throw;
    }

    static void Main()
    {
        Fail();
    }
}
