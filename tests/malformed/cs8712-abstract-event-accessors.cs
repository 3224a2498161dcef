// expect: CS8712
// An abstract event declares no accessors: a derived class's override gives them. (mcs reports CS0500 for each accessor body.)
using System;

abstract class Sensor {
    public abstract event Action Reading { add { } remove { } }
}

class Program {
    static void Main() {
        Console.WriteLine("never runs");
    }
}
