// expect: CS1998
// Warning only: an async method with no await runs synchronously. Otherwise valid.
using System;
using System.Threading.Tasks;


static class Program
{
    static async Task<int> AddAsync(int a, int b)
    {
        return a + b;
    }

    static void Main()
    {
        Console.WriteLine(AddAsync(1, 2).Result);
    }
}
