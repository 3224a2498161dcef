// Tutorial Trap A: a method suspends on every call when every path that completes the call
// reaches an await that must suspend, wherever that await is: both arms of an if/else or of a
// ?:, a try body, a finally, a do body, a loop that runs until a break. A while body may run
// no iteration, the right operand of && may not run, one arm of an if may be skipped: those
// methods depend on run time. Main awaits each call directly, so the predictions test holds
// every "must suspend" here against the run.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> BothArmsAsync(int n)
    {
        if (n > 0)
        {
            await Task.Delay(5);
        }
        else
        {
            await Task.Delay(7);
        }
        return n;
    }

    static async Task<int> TryCatchAsync(int n)
    {
        try
        {
            await Task.Delay(5);
        }
        catch (Exception)
        {
            return -1;
        }
        return n;
    }

    static async Task<int> InFinallyAsync(int n)
    {
        try
        {
            n++;
        }
        finally
        {
            await Task.Delay(1);
        }
        return n;
    }

    static async Task<int> EitherDelayAsync(int n)
    {
        await (n > 0 ? Task.Delay(5) : Task.Delay(6));
        return n;
    }

    static async Task<int> DoWhileAsync(int n)
    {
        do
        {
            n += await BothArmsAsync(1);
        } while (n < 3);
        return n;
    }

    static async Task<int> UntilBreakAsync(int n)
    {
        while (true)
        {
            await Task.Yield();
            n++;
            if (n > 2)
            {
                break;
            }
        }
        return n;
    }

    // Depends on run time: the loop may run no iteration.
    static async Task<int> WhileAsync(int n)
    {
        while (n < 3)
        {
            n += await BothArmsAsync(1);
        }
        return n;
    }

    // Depends on run time: the await runs only when `n > 0`.
    static async Task<int> OneArmAsync(int n)
    {
        if (n > 0)
        {
            await Task.Delay(5);
        }
        return n;
    }

    // Depends on run time: `&&` skips the await when `ready` is false.
    static async Task<bool> AndAsync(bool ready)
    {
        return ready && await SlowTrueAsync();
    }

    static async Task<bool> SlowTrueAsync()
    {
        await Task.Delay(2);
        return true;
    }

    static async Task Main()
    {
        Console.WriteLine(await BothArmsAsync(1) + await BothArmsAsync(-1));
        Console.WriteLine(await TryCatchAsync(1));
        Console.WriteLine(await InFinallyAsync(1));
        Console.WriteLine(await EitherDelayAsync(1) + await EitherDelayAsync(-1));
        Console.WriteLine(await DoWhileAsync(5));
        Console.WriteLine(await UntilBreakAsync(0));
        Console.WriteLine(await WhileAsync(5));
        Console.WriteLine(await OneArmAsync(0));
        Console.WriteLine(await AndAsync(false));
    }
}
