using System;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<int> never = new TaskCompletionSource<int>();

    static async Task<int> AAsync()
    {
        await Task.Delay(10);
        return 1;
    }

    static async Task<int> BAsync()
    {
        return await never.Task;
    }

    static void Main(string[] args)
    {
        Task<int[]> all = Task.WhenAll(AAsync(), BAsync());
        Console.WriteLine("waiting for all");
        all.Wait();
        Console.WriteLine("done " + all.Result.Length);
    }
}
