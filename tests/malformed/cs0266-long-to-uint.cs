// expect: CS0266, CS0266
// uint + int is a long, which does not convert to uint implicitly; a long constant does not either (mcs says CS0031 for the constant).
using System;

class Program
{
    static void Main()
    {
        uint u = 3;
        int i = -1;
        uint sum = u + i;
        uint big = 5000000000;
        Console.WriteLine(sum + big);
    }
}
