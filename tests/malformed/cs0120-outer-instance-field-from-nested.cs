// expect: CS0120
// A nested class names an instance field of its outer class without an object (mcs: CS0038).
using System;

class Outer
{
    int count = 3;

    class Inner
    {
        public int Get() => count;
    }

    static void Main()
    {
        Console.WriteLine(new Inner().Get());
    }
}
