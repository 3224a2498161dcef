// expect: CS0246
// There is no type named Widget. (mcs adds a spurious CS0841 for the later use of `w`.)
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        Widget w = null;
        Console.WriteLine(w);
    }
}
