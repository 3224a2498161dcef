// Async events: invoking an event whose handlers return tasks awaits only the last handler's
// task; GetInvocationList() gives each handler, so every one can be awaited in turn or all
// together. The list is a snapshot: handlers added while it runs are not in it.
using System;
using System.Threading.Tasks;

class Uploader {
    public event Func<string, Task> Uploaded;

    public async Task RaiseNaively(string file) {
        var handlers = Uploaded;
        if (handlers != null) {
            await handlers(file);
        }
        Console.WriteLine("naive raise returned");
    }

    public async Task RaiseSequentially(string file) {
        var handlers = Uploaded;
        if (handlers == null) {
            return;
        }
        foreach (Func<string, Task> handler in handlers.GetInvocationList()) {
            await handler(file);
        }
        Console.WriteLine("sequential raise returned");
    }

    public Task RaiseConcurrently(string file) {
        Delegate[] list = Uploaded.GetInvocationList();
        var tasks = new Task[list.Length];
        for (int i = 0; i < list.Length; i++) {
            tasks[i] = ((Func<string, Task>)list[i])(file);
        }
        return Task.WhenAll(tasks);
    }
}

class Program {
    static async Task Notify(string file) {
        await Task.Delay(200);
        Console.WriteLine("notified about " + file);
    }

    static async Task Index(string file) {
        await Task.Delay(20);
        Console.WriteLine("indexed " + file);
    }

    static async Task Main() {
        var u = new Uploader();
        u.Uploaded += Notify;
        u.Uploaded += Index;
        await u.RaiseNaively("a.txt");
        await Task.Delay(300);
        Console.WriteLine("--");
        await u.RaiseSequentially("b.txt");
        Console.WriteLine("--");
        await u.RaiseConcurrently("c.txt");
        Console.WriteLine("all handlers done");
        Delegate combined = Delegate.Combine(new Action(() => Console.WriteLine("one")), new Action(() => Console.WriteLine("two")));
        ((Action)combined)();
        Console.WriteLine(combined.GetInvocationList().Length);
    }
}
