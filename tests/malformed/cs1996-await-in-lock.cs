// expect: CS1996
// An await inside a lock body: the method could resume on another thread than the one holding the lock.
using System;
using System.Threading.Tasks;


static class Program
{
    static readonly object Gate = new object();

    static async Task Main()
    {
        lock (Gate)
        {
            await Task.Delay(1);
            Console.WriteLine("inside");
        }
    }
}
