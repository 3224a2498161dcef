// A list of tasks handed to an object's constructor, then changed through the object: after
// `await Task.WhenAll(list)` the list is not known complete any more (the facts once said it
// was, and the JIT blocked on the pending task).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Holder
{
    private List<Task<int>> saved;
    public Holder(List<Task<int>> l) { saved = l; }
    public void AddPending(Task<int> t) { saved.Add(t); }
}

static class Program
{
    static async Task<int> SumAsync(TaskCompletionSource<int> gate)
    {
        var list = new List<Task<int>>();
        list.Add(Task.FromResult(1));
        var h = new Holder(list);
        await Task.WhenAll(list);
        h.AddPending(gate.Task);
        int a = await list[list.Count - 1];
        return a;
    }

    static async Task Main()
    {
        var gate = new TaskCompletionSource<int>();
        var t = SumAsync(gate);
        Console.WriteLine("started, completed = " + t.IsCompleted);
        gate.SetResult(5);
        Console.WriteLine(await t);
    }
}
