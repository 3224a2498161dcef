// expect: CS0191
// A readonly instance field is assigned outside a constructor.
using System;

class Gauge
{
    private readonly int max = 10;

    public Gauge(int max) { this.max = max; }

    public void Raise() { max = max + 1; }

    static void Main()
    {
        new Gauge(3).Raise();
    }
}
