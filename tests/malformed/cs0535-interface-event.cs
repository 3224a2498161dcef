// expect: CS0535
// Class Button names INotify but declares no Changed event, so the interface's event is not implemented.
using System;

interface INotify {
    event Action Changed;
}

class Button : INotify {
    public void Click() { }
}

class Program {
    static void Main() {
        INotify n = new Button();
        n.Changed += () => Console.WriteLine("changed");
    }
}
