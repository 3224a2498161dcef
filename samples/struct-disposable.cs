using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

struct Scope : IDisposable
{
    public static List<string> Log = new List<string>();
    private readonly string _name;
    public int Disposals;
    public Scope(string name) { _name = name; Disposals = 0; Log.Add("enter " + name); }
    public void Dispose() { Disposals++; Log.Add("exit " + _name + " #" + Disposals); }
}

struct Quiet : IDisposable
{
    public int N;
    void IDisposable.Dispose() { N++; Scope.Log.Add("quiet disposed " + N); }
}

// The async lock pattern: a struct releaser disposed by `using (await ...)`.
class AsyncLock
{
    private readonly SemaphoreSlim _sem = new SemaphoreSlim(1, 1);

    public async Task<Releaser> LockAsync()
    {
        await _sem.WaitAsync();
        return new Releaser(_sem);
    }

    public struct Releaser : IDisposable
    {
        private readonly SemaphoreSlim _toRelease;
        public Releaser(SemaphoreSlim s) { _toRelease = s; }
        public void Dispose() { _toRelease.Release(); }
    }
}

class Program
{
    static readonly AsyncLock Gate = new AsyncLock();
    static int counter, inside, maxInside;

    static async Task Increment()
    {
        using (await Gate.LockAsync())
        {
            inside++;
            if (inside > maxInside) maxInside = inside;
            int v = counter;
            await Task.Yield();
            counter = v + 1;
            inside--;
        }
    }

    static async Task<int> Work()
    {
        using (new Scope("work"))
        {
            await Task.Yield();
            using (var inner = new Scope("inner"))
            {
                await Task.Yield();
                return 7;
            }
        }
    }

    static async Task Main()
    {
        // `using (s)` disposes a copy: the variable keeps its state.
        var s = new Scope("outer");
        using (s)
        {
            Scope.Log.Add("body");
        }
        Scope.Log.Add("s.Disposals after using(s): " + s.Disposals);
        s.Dispose();
        Scope.Log.Add("s.Disposals after direct call: " + s.Disposals);
        using (var q = new Quiet()) { Scope.Log.Add("in quiet"); }
        Scope.Log.Add("work " + await Work());
        try
        {
            using (new Scope("throwing"))
            {
                throw new InvalidOperationException("boom");
            }
        }
        catch (InvalidOperationException e) { Scope.Log.Add("caught " + e.Message); }

        // Boxed: one object, disposed twice through the interface.
        IDisposable boxed = new Scope("boxed");
        boxed.Dispose();
        boxed.Dispose();
        object o = new Quiet();
        Scope.Log.Add("is IDisposable: " + (o is IDisposable));
        (o as IDisposable).Dispose();
        Scope.Log.Add("unboxed N: " + ((Quiet)o).N);
        foreach (var l in Scope.Log) Console.WriteLine(l);

        var tasks = new List<Task>();
        for (int i = 0; i < 10; i++) tasks.Add(Increment());
        await Task.WhenAll(tasks);
        Console.WriteLine("counter " + counter + ", max inside " + maxInside);
    }
}
