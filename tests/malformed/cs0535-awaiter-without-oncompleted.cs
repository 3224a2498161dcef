// expect: CS0535
// A struct names ICriticalNotifyCompletion in its base list but declares no UnsafeOnCompleted(Action).
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

struct HalfAwaiter : ICriticalNotifyCompletion
{
    public bool IsCompleted => true;
    public void OnCompleted(Action continuation) { continuation(); }
    public void GetResult() { }
}

class Program
{
    static async Task Main()
    {
        await Task.Yield();
        Console.WriteLine(new HalfAwaiter().IsCompleted);
    }
}
