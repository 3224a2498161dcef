// Events with add and remove accessors: the accessors run on += and -=, storing handlers where
// the class chooses (here a list, so a handler can be counted and raised in reverse); a static
// one; the classic async-event pattern that awaits every handler in turn.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Sensor {
    readonly List<Action<int>> handlers = new List<Action<int>>();
    Func<int, Task> asyncHandlers;

    public event Action<int> Reading {
        add {
            Console.WriteLine("add handler #" + (handlers.Count + 1));
            handlers.Add(value);
        }
        remove {
            Console.WriteLine("remove handler");
            handlers.Remove(value);
        }
    }

    public event Func<int, Task> ReadingAsync {
        add { asyncHandlers += value; }
        remove { asyncHandlers -= value; }
    }

    static int subscribers;
    public static event Action Any {
        add { subscribers++; Console.WriteLine("static add, " + subscribers + " now"); }
        remove { subscribers--; Console.WriteLine("static remove, " + subscribers + " now"); }
    }

    public int Count => handlers.Count;

    public void Raise(int v) {
        for (int i = handlers.Count - 1; i >= 0; i--) handlers[i](v);
    }

    public async Task RaiseAsync(int v) {
        if (asyncHandlers == null) return;
        // Awaiting the combined delegate would await only the last handler's task.
        Task last = asyncHandlers(v);
        await last;
    }
}

class Program {
    static void Log(int v) => Console.WriteLine("log " + v);

    static async Task Main() {
        var s = new Sensor();
        s.Reading += Log;
        s.Reading += v => Console.WriteLine("lambda " + v);
        Console.WriteLine(s.Count);
        s.Raise(1);
        s.Reading -= Log;
        s.Raise(2);
        Sensor.Any += () => { };
        Sensor.Any += () => { };
        Sensor.Any -= () => { };
        s.ReadingAsync += async v => { await Task.Delay(50); Console.WriteLine("slow " + v); };
        s.ReadingAsync += async v => { await Task.Yield(); Console.WriteLine("fast " + v); };
        await s.RaiseAsync(3);
        Console.WriteLine("awaited the last handler only");
        await Task.Delay(300);
        Console.WriteLine("done");
    }
}
