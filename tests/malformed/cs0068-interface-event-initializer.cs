// expect: CS0068
// An interface's event has no storage of its own, so it cannot be given an initial handler.
using System;

interface INotify {
    event Action Changed = null;
}

class Button : INotify {
    public event Action Changed;
}

class Program {
    static void Main() {
        INotify n = new Button();
        n.Changed += () => Console.WriteLine("changed");
    }
}
