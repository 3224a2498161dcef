// `new ArgumentOutOfRangeException(paramName, actualValue, message)` and `ActualValue`: the
// message gets the parameter and, on a line of its own, the value's ToString() (an int, a
// double, a string, an enum, an object of the program's class); a null value adds no line.
using System;
using System.Threading.Tasks;

enum Level { Low, High }

class Reading
{
    public int V;
    public override string ToString() => "Reading(" + V + ")";
}

class Sensor
{
    private int _age;
    public int Age
    {
        get => _age;
        set
        {
            if (value < 0 || value > 120) throw new ArgumentOutOfRangeException(nameof(Age), value, "Age must be between 0 and 120");
            _age = value;
        }
    }
}

static class Program
{
    static async Task CheckAsync(object v)
    {
        await Task.Yield();
        throw new ArgumentOutOfRangeException("v", v, "bad value");
    }

    static async Task Main()
    {
        var s = new Sensor();
        try { s.Age = 130; }
        catch (ArgumentOutOfRangeException ex)
        {
            Console.WriteLine(ex.Message);
            Console.WriteLine($"{ex.ParamName} {ex.ActualValue} {ex.ActualValue is int} {s.Age}");
        }
        object[] values = { 2.5, "text", Level.High, new Reading { V = 7 }, null };
        foreach (var v in values)
        {
            try { await CheckAsync(v); }
            catch (ArgumentOutOfRangeException ex)
            {
                Console.WriteLine($"[{ex.Message}] null={ex.ActualValue == null}");
            }
        }
        var e = new ArgumentOutOfRangeException("p", 1, null);
        Console.WriteLine(e.ActualValue);
    }
}
