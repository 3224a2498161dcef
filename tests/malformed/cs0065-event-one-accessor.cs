// expect: CS0065
// An event declared with accessors needs both `add` and `remove`.
using System;

class Sensor {
    Action handlers;
    public event Action Reading { add { handlers += value; } }
}

class Program {
    static void Main() {
        Console.WriteLine(new Sensor() != null);
    }
}
