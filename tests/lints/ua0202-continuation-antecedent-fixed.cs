// A ContinueWith continuation runs after its antecedent completed: `t.Result` there does not block.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static string Describe(Task<int> t)
    {
        return t.IsFaulted ? "failed" : "got " + t.Result;
    }

    static async Task Main()
    {
        Task<int> first = Task.Run(() => 20);
        Task<string> chain = first
            .ContinueWith(t => t.Result + 1)
            .ContinueWith(t => "value " + t.Result);
        Console.WriteLine(await chain);
        Console.WriteLine(await first.ContinueWith(Describe));
        int offset = 100;
        Console.WriteLine(await first.ContinueWith(t => { int r = t.Result; return r + offset; }));
    }
}
