// expect: CS1715
// The override of Sensor.Reading declares Action instead of the base event's Action<int>.
using System;

class Sensor {
    public virtual event Action<int> Reading;
    public void Measure() { Reading?.Invoke(20); }
}

class Thermometer : Sensor {
    public override event Action Reading;
}

class Program {
    static void Main() {
        Sensor s = new Thermometer();
        s.Reading += v => Console.WriteLine(v);
        s.Measure();
    }
}
