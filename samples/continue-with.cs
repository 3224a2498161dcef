// ContinueWith on Task and Task<T>: an Action or a Func of the antecedent, run on the pool when
// the antecedent completes whichever way (a faulted one is handed over, not thrown), a result of
// any kind, and an async lambda continuation giving a Task<Task<int>> awaited twice.
using System;
using System.Threading.Tasks;
class Program {
    static async Task<int> SlowAsync(int x) { await Task.Delay(10); return x; }
    static async Task Main() {
        Task<int> t = SlowAsync(20);
        Task<string> s = t.ContinueWith(a => "got " + a.Result);
        Console.WriteLine(await s);
        await t.ContinueWith(a => Console.WriteLine("status " + a.Status));
        Task failing = Task.Run(() => { throw new InvalidOperationException("bad"); });
        int code = await failing.ContinueWith(a => a.IsFaulted ? 1 : 0);
        Console.WriteLine("code " + code + " " + failing.Exception.InnerException.Message);
        await Task.Delay(1).ContinueWith(_ => Console.WriteLine("after delay"));
        double d = await SlowAsync(3).ContinueWith(a => a.Result / 2.0);
        Console.WriteLine(d);
        Task<Task<int>> nested = t.ContinueWith(async a => { await Task.Delay(1); return a.Result + 1; });
        Console.WriteLine(await await nested);
    }
}
