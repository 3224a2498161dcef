using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// string.Join and ToString over lists/arrays whose elements are TaskStatus or ValueTask<T>.
static class Program
{
    static void Main()
    {
        var statuses = new List<TaskStatus>();
        statuses.Add(TaskStatus.Running);
        statuses.Add(Task.CompletedTask.Status);
        Console.WriteLine(string.Join(",", statuses));
        TaskStatus[] sa = { TaskStatus.Canceled, TaskStatus.Faulted };
        Console.WriteLine(string.Join("|", sa));
        Console.WriteLine(statuses);
        Console.WriteLine(sa);
        var vts = new List<ValueTask<int>> { new ValueTask<int>(1), new ValueTask<int>(2) };
        Console.WriteLine(string.Join(",", vts));
        ValueTask<int>[] va = { new ValueTask<int>(4), new ValueTask<int>(5) };
        Console.WriteLine(string.Join(",", va));
        Console.WriteLine(va);
        Console.WriteLine(vts);
        var strs = new List<string> { "a" };
        string[] sarr = { "b" };
        Console.WriteLine(strs + " " + sarr);
        var tokens = new List<CancellationToken> { CancellationToken.None };
        Console.WriteLine(tokens);
        Console.WriteLine(tokens[0]);
    }
}
