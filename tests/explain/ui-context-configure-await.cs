// Code written for a UI app, run with `--sync-context single`: Main runs on the main thread
// inside a single-threaded context, and an await there posts its continuation back to it. After
// `await Task.Delay(5).ConfigureAwait(false)` suspends, the rest of TimerThenServiceAsync runs
// on a pool thread, where there is no context: its next await captures nothing and continues on
// the thread that completes ServiceAsync's task. ServiceAsync is called both from the main
// thread and from that pool thread, so where its awaits run depends on the call; Main's own
// awaits always run on the main thread. (The predictions test runs the program under both
// contexts and holds these claims against where each await resumed.)
using System;
using System.Threading.Tasks;

static class ViewModel
{
    static int uiThread;

    static async Task<int> FetchRowsAsync()
    {
        await Task.Delay(20);
        return 12;
    }

    static async Task<int> ServiceAsync()
    {
        int rows = await FetchRowsAsync().ConfigureAwait(false);
        bool onUi = Environment.CurrentManagedThreadId == uiThread;
        return rows + (onUi ? 1000 : 0);
    }

    static async Task<int> TimerThenServiceAsync()
    {
        await Task.Delay(5).ConfigureAwait(false);
        return await ServiceAsync();
    }

    static async Task Main()
    {
        uiThread = Environment.CurrentManagedThreadId;
        int r = await ServiceAsync();
        Console.WriteLine("rows: " + (r % 1000));
        int r2 = await TimerThenServiceAsync();
        Console.WriteLine("rows again: " + (r2 % 1000));
    }
}
