// expect: CS0506
// Button's Clicked event is not virtual, so FancyButton cannot override it.
using System;

class Button {
    public event Action Clicked;
    public void Click() { Clicked?.Invoke(); }
}

class FancyButton : Button {
    public override event Action Clicked;
}

class Program {
    static void Main() {
        Button b = new FancyButton();
        b.Clicked += () => Console.WriteLine("clicked");
        b.Click();
    }
}
