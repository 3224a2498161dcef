// goto, labels and switch sections against the facts: a label may be reached from any goto, so
// it knows no task complete (a backward goto brings back a reassigned task, a forward one skips
// an await); a switch whose sections goto case one another knows, in each section, only what no
// section changes; a method that may skip its only suspending await does not always suspend; a
// filter that assigns a task local makes its catch clause forget what it knew of it.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Slow(int v)
    {
        await Task.Delay(20);
        return v;
    }

    static async Task<int> MaybeSuspends(bool skip)
    {
        if (skip)
            goto done;
        await Task.Delay(10);
    done:
        return 1;
    }

    static async Task<int> BackwardGoto()
    {
        Task<int> t = Task.FromResult(1);
        int total = 0;
        int i = 0;
    again:
        total += await t;
        t = Slow(i);
        i++;
        if (i < 3)
            goto again;
        return total;
    }

    static async Task<int> ForwardGoto(bool skip)
    {
        Task<int> t = Slow(5);
        if (skip)
            goto after;
        await t;
    after:
        return await t;
    }

    static async Task<int> Sections(int start)
    {
        Task<int> t = Task.FromResult(10);
        int total = 0;
        switch (start)
        {
            case 0:
                total += await t;
                t = Slow(1);
                goto case 1;
            case 1:
                total += await t;
                break;
            default:
                total += await t;
                t = Slow(2);
                goto case 0;
        }
        return total;
    }

    static async Task<int> BreakInLoop()
    {
        int total = 0;
        for (int i = 0; i < 4; i++)
        {
            Task<int> t = i % 2 == 0 ? Task.FromResult(i) : Slow(i);
            switch (i)
            {
                case 2:
                    total += await t;
                    break;
                default:
                    total += await t * 10;
                    break;
            }
        }
        return total;
    }

    static async Task<int> FilterAssigns()
    {
        Task<int> t = Task.FromResult(1);
        await t;
        try
        {
            throw new InvalidOperationException("x");
        }
        catch (InvalidOperationException) when ((t = Slow(7)) != null)
        {
            return await t;
        }
    }

    static async Task Main()
    {
        Console.WriteLine(await MaybeSuspends(true) + await MaybeSuspends(false));
        Console.WriteLine(await BackwardGoto());
        Console.WriteLine(await ForwardGoto(true) + await ForwardGoto(false));
        Console.WriteLine(await Sections(0) + " " + await Sections(1) + " " + await Sections(2));
        Console.WriteLine(await BreakInLoop());
        Console.WriteLine(await FilterAssigns());
    }
}
