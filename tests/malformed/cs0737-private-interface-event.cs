// expect: CS0737
// Button's Changed event is private, so it cannot implement the interface's public event.
using System;

interface INotify {
    event Action Changed;
}

class Button : INotify {
    event Action Changed;
    public void Raise() { Changed?.Invoke(); }
}

class Program {
    static void Main() {
        INotify n = new Button();
        n.Changed += () => Console.WriteLine("changed");
    }
}
