// Tutorial section 9 (async void is for event handlers): async lambdas subscribed to events, of Action's shape too, are event handlers.
// expect: none
using System;
using System.Threading.Tasks;

class Timer
{
    public event Action Tick;
    Action<int> handlers;
    public event Action<int> Count { add { handlers += value; } remove { handlers -= value; } }

    public void Fire()
    {
        Tick?.Invoke();
        handlers?.Invoke(1);
    }
}

static class Program
{
    static async Task Main()
    {
        var t = new Timer();
        var done = new TaskCompletionSource<int>();
        t.Tick += async () =>
        {
            await Task.Delay(1);
            Console.WriteLine("tick handled");
        };
        t.Count += async n =>
        {
            await Task.Delay(5);
            done.SetResult(n);
        };
        t.Fire();
        Console.WriteLine(await done.Task);
    }
}
