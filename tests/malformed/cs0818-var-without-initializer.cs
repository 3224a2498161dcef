// expect: CS0818
// `var` needs an initializer to infer a type from. (mcs adds spurious CS0841 errors for the later uses of `total`.)
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        var total;
        total = 3;
        Console.WriteLine(total);
    }
}
