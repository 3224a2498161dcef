using System;
using System.Threading.Tasks;

static class Program
{
    static int n = 1;

    static async void Explode()
    {
        if (n > 0) throw new ArgumentException("bad");
        await Task.Delay(1);
    }

    static async Task Main()
    {
        Explode();
        Console.WriteLine("after call");
        await Task.Delay(50);
        Console.WriteLine("after delay");
    }
}
