// expect: CS0173
// The branches of ?: are int and string, with no conversion between them.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        bool flag = true;
        var value = flag ? 1 : "one";
        Console.WriteLine(value);
    }
}
