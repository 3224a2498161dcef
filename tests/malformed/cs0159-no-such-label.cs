// expect: CS0159, CS0159, CS0159
// goto case with a value no label has, goto default without a default label, and goto to a label of another block.
using System;


static class Program
{
    static void Main()
    {
        int n = 1;
        switch (n)
        {
            case 1:
                goto case 2;
            case 3:
                goto default;
        }
        {
        inner:
            Console.WriteLine("inner");
        }
        goto inner;
    }
}
