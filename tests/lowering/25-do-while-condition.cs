// rule: an await in a do/while condition: everything the next iteration and the code after the loop read is live at it
// method: DoWhile.Retry
// expect: hoisted = {attempt, log, limit}
// expect: not hoisted = {}
// expect: slots = 3
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {attempt, log, limit}
// why: after the condition's await, either the body runs again (reads attempt, log, then the
//      condition reads attempt and limit) or the code after the loop reads log and attempt.
//      Two ints and one string, all live at once: 3 slots.
using System;
using System.Threading.Tasks;

static class DoWhile
{
    static async Task<bool> ShouldRetry(int attempt, int limit)
    {
        await Task.Yield();
        Console.WriteLine("check attempt " + attempt + " of " + limit);
        return attempt < limit;
    }

    static async Task<int> Retry(int limit)
    {
        int attempt = 0;
        string log = "";
        do
        {
            attempt++;
            log += "#" + attempt;
        } while (await ShouldRetry(attempt, limit));
        Console.WriteLine("log = " + log);
        return attempt;
    }

    static async Task Main()
    {
        Console.WriteLine("attempts = " + await Retry(3));
    }
}
