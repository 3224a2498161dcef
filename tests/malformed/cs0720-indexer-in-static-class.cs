// expect: CS0720
// A static class has no instances, so it cannot declare an indexer.
using System;

static class Table
{
    public static int[] Cells = new int[4];
    public int this[int i] => Cells[i];
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Table.Cells[0]);
    }
}
