// C# 12: the struct awaiter shape: a generic struct awaitable whose GetAwaiter() returns a nested struct implementing ICriticalNotifyCompletion (IsCompleted, OnCompleted, UnsafeOnCompleted, GetResult), a struct that is its own awaiter implementing INotifyCompletion (hop to the thread pool), awaits that complete synchronously
// mcs: compiles and runs
using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

struct ImmediateValue<T>
{
    private readonly T _value;
    public ImmediateValue(T value) { _value = value; }
    public Awaiter GetAwaiter() => new Awaiter(_value);

    public struct Awaiter : ICriticalNotifyCompletion
    {
        private readonly T _value;
        public Awaiter(T value) { _value = value; }
        public bool IsCompleted => true;
        public T GetResult() => _value;
        public void OnCompleted(Action continuation) => continuation();
        public void UnsafeOnCompleted(Action continuation) => continuation();
    }
}

struct PoolHop : INotifyCompletion
{
    public PoolHop GetAwaiter() => this;
    public bool IsCompleted => Thread.CurrentThread.IsThreadPoolThread;
    public void OnCompleted(Action continuation) => ThreadPool.QueueUserWorkItem(_ => continuation());
    public void GetResult() { }
}

class Program
{
    static async Task<int> AddAsync(int a, int b)
    {
        int x = await new ImmediateValue<int>(a);
        int y = await new ImmediateValue<int>(b);
        return x + y;
    }

    static async Task Main()
    {
        Task<int> sum = AddAsync(20, 22);
        Console.WriteLine($"completed synchronously: {sum.IsCompleted}, result {await sum}");
        await new PoolHop();
        Console.WriteLine($"on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}");
        await new PoolHop();
        Console.WriteLine("already on the pool: no hop needed");
        string s = await new ImmediateValue<string>("struct awaiters");
        Console.WriteLine(s);
    }
}
