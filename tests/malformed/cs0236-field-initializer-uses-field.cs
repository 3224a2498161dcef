// expect: CS0236
// An instance field initializer reads another instance field: initializers run before the object is ready.
using System;

class Box
{
    private int width = 3;
    private int area = width * 2;

    static void Main()
    {
        Console.WriteLine(new Box().area);
    }
}
