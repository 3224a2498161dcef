// Virtual, override and abstract events. += and -= run the accessors of the object's class
// through the vtable. C#'s well-known pitfall: an override of a field-like event has a field of
// its own, so the base class raising its event does not run handlers added through the
// override; an override with add and remove accessors can forward to the base instead.
using System;

class Button {
    public virtual event Action Clicked;
    public void Click() {
        Console.WriteLine("Button raises, has handlers: " + (Clicked != null));
        Clicked?.Invoke();
    }
}

class FancyButton : Button {
    public override event Action Clicked;
    public void FancyClick() {
        Console.WriteLine("FancyButton raises, has handlers: " + (Clicked != null));
        Clicked?.Invoke();
    }
}

class LoggingButton : Button {
    public override event Action Clicked {
        add { Console.WriteLine("LoggingButton forwards a handler"); base.Clicked += value; }
        remove { base.Clicked -= value; }
    }
}

abstract class Sensor {
    public abstract event Action<int> Reading;
    public abstract void Measure();
}

class Thermometer : Sensor {
    public override event Action<int> Reading;
    int t = 20;
    public override void Measure() { t++; Reading?.Invoke(t); }
}

class CountingSensor : Sensor {
    Action<int> handlers;
    int count;
    public override event Action<int> Reading {
        add { count++; handlers += value; }
        remove { count--; handlers -= value; }
    }
    public override void Measure() { handlers?.Invoke(count * 100); }
}

class Program {
    static void Main() {
        Button b = new FancyButton();
        b.Clicked += () => Console.WriteLine("handler ran");
        b.Click();
        ((FancyButton)b).FancyClick();

        Button plain = new Button();
        plain.Clicked += () => Console.WriteLine("plain handler ran");
        plain.Click();

        Button logging = new LoggingButton();
        logging.Clicked += () => Console.WriteLine("logging handler ran");
        logging.Click();

        Sensor[] sensors = { new Thermometer(), new CountingSensor() };
        Action<int> print = v => Console.WriteLine("reading " + v);
        foreach (var s in sensors) {
            s.Reading += print;
            s.Reading += v => Console.WriteLine("second " + v);
            s.Measure();
            s.Reading -= print;
            s.Measure();
        }
    }
}
