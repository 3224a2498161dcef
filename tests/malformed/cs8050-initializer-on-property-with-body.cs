// expect: CS8050
// A property with accessor bodies has an initializer: only auto-properties can.
using System;

class Thermostat
{
    private int target;
    public int Target { get { return target; } set { target = value; } } = 20;

    static void Main()
    {
        Console.WriteLine(new Thermostat().Target);
    }
}
