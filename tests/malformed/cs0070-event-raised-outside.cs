// expect: CS0070, CS0070
// Code outside the type that declares a field-like event may only subscribe (+=) and unsubscribe (-=).
using System;

class Button {
    public event Action Clicked;
    public void Click() { Clicked?.Invoke(); }
}

class Program {
    static void Main() {
        var b = new Button();
        b.Clicked += () => Console.WriteLine("clicked");
        b.Clicked();
        b.Clicked = null;
    }
}
