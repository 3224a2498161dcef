// expect: CS0079, CS0079
// An event with add and remove accessors has no value: even its own type cannot raise or read it (mcs says CS0070 for the use outside the type).
using System;

class Sensor {
    Action handlers;
    public event Action Reading { add { handlers += value; } remove { handlers -= value; } }
    public void Raise() { Reading(); }
}

class Program {
    static void Main() {
        var s = new Sensor();
        s.Reading += () => Console.WriteLine("read");
        Action copy = s.Reading;
    }
}
