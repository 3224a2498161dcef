// expect: CS0155
// Only objects derived from System.Exception can be thrown.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int code = 42;
        throw code;
    }
}
