// expect: CS8121, CS0077, CS0039
// A pattern of a type the value can never be, `as` to a value type, and `as` between unrelated classes.
using System;

class Cat { }
class Car { }

static class Program
{
    static void Main()
    {
        string s = "x";
        Console.WriteLine(s is Cat c);
        object o = 1;
        int n = o as int;
        Car car = new Cat() as Car;
    }
}
