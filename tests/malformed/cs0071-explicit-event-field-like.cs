// expect: CS0071
// An explicit implementation of an interface's event needs add and remove accessors; it cannot be field-like.
using System;

interface INotify {
    event Action Changed;
}

class Button : INotify {
    event Action INotify.Changed;
}

class Program {
    static void Main() {
        INotify n = new Button();
        n.Changed += () => Console.WriteLine("changed");
    }
}
