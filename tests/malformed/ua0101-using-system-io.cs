// expect: UA0101
// Valid C#, but System.IO is not one of the supported namespaces (the program does not even use it).
using System;
using System.IO;


static class Program
{
    static void Main()
    {
        Console.WriteLine("no files here");
    }
}
