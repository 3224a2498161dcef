// Events declared in interfaces: a class implements one with a field-like event (the accessors
// C# writes combine into its field) or with add and remove accessors, and += / -= through the
// interface run the implementing class's accessors. An INotifyPropertyChanged-style interface
// of the program's own, an interface inherited from a base class, an explicit implementation
// and an async handler.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class PropertyChangedArgs : EventArgs {
    public string Name { get; }
    public PropertyChangedArgs(string name) { Name = name; }
}

interface INotify {
    event EventHandler<PropertyChangedArgs> PropertyChanged;
}

interface ICloseable : INotify {
    event Action Closed;
    void Close();
}

class Person : INotify {
    public event EventHandler<PropertyChangedArgs> PropertyChanged;
    string name = "";

    public string Name {
        get => name;
        set {
            name = value;
            PropertyChanged?.Invoke(this, new PropertyChangedArgs("Name"));
        }
    }

    public bool HasHandlers => PropertyChanged != null;
}

class Employee : Person { }

class Window : ICloseable {
    readonly List<EventHandler<PropertyChangedArgs>> handlers = new List<EventHandler<PropertyChangedArgs>>();
    public event Action Closed;

    public event EventHandler<PropertyChangedArgs> PropertyChanged {
        add { Console.WriteLine("Window adds a handler"); handlers.Add(value); }
        remove { Console.WriteLine("Window removes a handler"); handlers.Remove(value); }
    }

    public void Close() {
        foreach (var h in handlers) h(this, new PropertyChangedArgs("IsOpen"));
        Closed?.Invoke();
    }
}

// An explicit implementation: reachable only through the interface.
class Counter : INotify {
    public int Subscribers;
    event EventHandler<PropertyChangedArgs> INotify.PropertyChanged {
        add { Subscribers++; }
        remove { Subscribers--; }
    }
}

class Program {
    static void Log(object sender, PropertyChangedArgs e) =>
        Console.WriteLine("changed: " + e.Name + " on " + sender.GetType().Name);

    static void Watch(INotify n) {
        n.PropertyChanged += Log;
    }

    static async Task Main() {
        var p = new Person();
        INotify n = p;
        n.PropertyChanged += Log;
        p.Name = "Ada";
        Console.WriteLine("has handlers: " + p.HasHandlers);
        n.PropertyChanged -= Log;
        Console.WriteLine("has handlers: " + p.HasHandlers);
        p.Name = "Grace";

        var emp = new Employee();
        Watch(emp);
        emp.Name = "Linus";
        emp.PropertyChanged -= Log;
        emp.Name = "Quiet";

        var w = new Window();
        ICloseable c = w;
        c.PropertyChanged += Log;
        c.Closed += () => Console.WriteLine("closed");
        c.Close();
        c.PropertyChanged -= Log;
        c.Close();

        var done = new TaskCompletionSource<string>();
        n.PropertyChanged += async (sender, e) => {
            Console.WriteLine("async handler starts for " + e.Name);
            await Task.Delay(10);
            done.SetResult(e.Name);
        };
        p.Name = "Barbara";
        Console.WriteLine("the setter returned");
        Console.WriteLine("handler finished with " + await done.Task);

        var counter = new Counter();
        var items = new List<INotify> { new Person(), new Window(), new Employee(), counter, counter };
        foreach (var item in items) item.PropertyChanged += Log;
        Console.WriteLine(items.Count + " subscribed, the counter counts " + counter.Subscribers);
    }
}
