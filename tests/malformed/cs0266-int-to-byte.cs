// expect: CS0266, CS0266, CS0266
// byte + byte is an int: storing it, or an int variable, in a byte needs a cast; `b += i` too.
using System;

class Program
{
    static void Main()
    {
        byte a = 1, b = 2;
        int i = 3;
        byte c = a + b;
        byte d = i;
        b += i;
        Console.WriteLine(c + d + b);
    }
}
