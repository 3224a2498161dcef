using System;
using System.Threading.Tasks;

static class Program
{
    static async void Explode()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("boom");
    }

    static void Main()
    {
        Explode();
        Task.Delay(100).Wait();
    }
}
