// expect: CS0074
// An abstract event has no storage of its own, so it cannot be given an initial handler.
using System;

abstract class Sensor {
    public abstract event Action Reading = null;
}

class Thermometer : Sensor {
    public override event Action Reading;
}

class Program {
    static void Main() {
        Sensor s = new Thermometer();
        s.Reading += () => Console.WriteLine("reading");
    }
}
