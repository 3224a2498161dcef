// expect: CS1002, CS1026, CS1525, CS1513
// Several syntax errors in one file: a missing `;`, a missing `)`, a missing operand, and an unclosed method body; parsing must recover and report them all. mcs reports CS1525 four times (once per error) instead of CS1002/CS1026/CS1525/CS1513.
using System;
using System.Threading.Tasks;


static class Program
{
    static int A()
    {
        int x = 1
        return x;
    }

    static void B()
    {
        Console.WriteLine("b";
    }

    static int C()
    {
        return 2 * ;
    }

    static void Main()
    {
        Console.WriteLine(A() + C());
        B();
