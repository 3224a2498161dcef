// expect: CS1002, CS1002, CS1002, CS0103
// Three methods each miss one `;` and Main uses an undefined name: one run must report all four. mcs reports CS1525, CS1525, CS1002 and stops before name lookup, so it never reports the CS0103.
using System;
using System.Threading.Tasks;


static class Program
{
    static int One()
    {
        int a = 1
        return a;
    }

    static int Two()
    {
        int b = 2;
        return b
    }

    static void Three()
    {
        Console.WriteLine("three")
    }

    static void Main()
    {
        Three();
        Console.WriteLine(One() + Two() + missing);
    }
}
