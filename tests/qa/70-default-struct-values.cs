using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
static class Program
{
    static ValueTask<int> field;
    static CancellationToken tokField;
    static TaskStatus statusField;
    static async Task Main()
    {
        ValueTask<int>[] va = new ValueTask<int>[2];
        Console.WriteLine(va[0].IsCompleted + " " + va[0].Result + " " + await va[1]);
        Console.WriteLine("[" + va[0] + "]");
        Console.WriteLine(field.IsCompleted + " " + await field);
        CancellationToken[] ta = new CancellationToken[1];
        Console.WriteLine(ta[0].IsCancellationRequested + " " + tokField.IsCancellationRequested);
        ta[0].ThrowIfCancellationRequested();
        await Task.Delay(5, ta[0]);
        await Task.Delay(5, tokField);
        TaskStatus[] sa = new TaskStatus[1];
        Console.WriteLine(sa[0] + " " + statusField);
        ValueTask<string>[] vs = new ValueTask<string>[1];
        Console.WriteLine("[" + await vs[0] + "]");
        Console.WriteLine(vs[0].Result == null);
        Task<int>[] tasks = new Task<int>[1];
        Console.WriteLine(tasks[0] == null);
        Console.WriteLine("done");
    }
}
