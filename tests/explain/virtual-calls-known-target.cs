// Virtual calls whose implementation the whole program decides: `base.M()` runs the base's
// own implementation (no dispatch), a `sealed` class and a `sealed override` cannot be
// overridden further, and a virtual method no derived class overrides has one implementation.
// Their awaits are reported as for direct calls; a call that several overrides may answer
// stays "virtual".
using System;
using System.Threading.Tasks;

class Loader
{
    public virtual async Task<int> FetchAsync(int x)
    {
        await Task.Delay(20);
        return x * 2;
    }

    public virtual async Task<int> CachedAsync(int x)
    {
        return x;
    }
}

class CachedLoader : Loader
{
    public override async Task<int> FetchAsync(int x)
    {
        if (x > 100) return 0;
        int b = await base.FetchAsync(x);
        return b + 1;
    }
}

sealed class FinalLoader : Loader
{
    public override async Task<int> FetchAsync(int x)
    {
        await Task.Delay(10);
        return x;
    }
}

class Gate
{
    public virtual async Task OpenAsync()
    {
        await Task.Delay(5);
    }
}

class LockedGate : Gate
{
    public sealed override async Task OpenAsync()
    {
        await Task.Delay(15);
    }
}

class Door : LockedGate
{
}

static class Program
{
    static async Task<int> UseAsync(Loader any, FinalLoader f, Door d)
    {
        int a = await f.FetchAsync(1);
        await d.OpenAsync();
        int c = await any.CachedAsync(3);
        int b = await any.FetchAsync(2);
        return a + b + c;
    }

    static async Task Main()
    {
        Console.WriteLine(await new CachedLoader().FetchAsync(4));
        Console.WriteLine(await UseAsync(new FinalLoader(), new FinalLoader(), new Door()));
    }
}
