// C# 12: nullable value types (int?, double?, bool?, Nullable<T>), HasValue/Value/GetValueOrDefault, lifted arithmetic and comparison operators, ?? chains, three-valued bool? logic, ?. and ?[] null-conditional access, null-conditional delegate invocation, as int?, boxing of nullables
// mcs: compiles and runs
using System;
using System.Collections.Generic;

class Sensor
{
    public string Name { get; set; }
    public double? LastReading { get; set; }
    public int[] History { get; set; }
    public Sensor Backup { get; set; }
    public Action<string> OnAlert { get; set; }
}

class Program
{
    static int? ParseOrNull(string s)
    {
        int v;
        return int.TryParse(s, out v) ? v : (int?)null;
    }

    static void Main()
    {
        int? a = 5;
        int? b = null;
        Nullable<int> c = ParseOrNull("12");
        Console.WriteLine($"a+b=[{a + b}] a*c={a * c} hasValue={b.HasValue} default={b.GetValueOrDefault()} or={b.GetValueOrDefault(-1)}");
        Console.WriteLine(a > b);
        Console.WriteLine(b ?? c ?? 0);
        Console.WriteLine((a + c).Value);

        bool? yes = true, no = false, unknown = null;
        Console.WriteLine($"[{yes & unknown}] [{no & unknown}] [{yes | unknown}] {unknown == null}");

        var main = new Sensor { Name = "main", LastReading = 21.5, History = new[] { 20, 21, 22 } };
        var spare = new Sensor { Name = "spare" };
        main.Backup = spare;
        main.OnAlert = msg => Console.WriteLine("ALERT " + msg);

        Sensor none = null;
        Console.WriteLine(none?.Name ?? "(no sensor)");
        Console.WriteLine(main.Backup?.Backup?.Name ?? "(no second backup)");
        Console.WriteLine(main.History?[1]);
        Console.WriteLine(spare.History?[0] ?? -1);
        Console.WriteLine(spare.LastReading?.ToString("F1") ?? "n/a");
        Console.WriteLine(main.LastReading?.ToString("F1") ?? "n/a");
        main.OnAlert?.Invoke("overheat");
        spare.OnAlert?.Invoke("never printed");
        int length = none?.History?.Length ?? 0;
        Console.WriteLine(length);

        var readings = new List<double?> { 1.5, null, 3.0 };
        double total = 0;
        foreach (double? r in readings) total += r ?? 0;
        Console.WriteLine(total);

        object boxed = a;
        Console.WriteLine((boxed is int) ? "a boxed int? is a boxed int" : "?");
        object boxedNull = b;
        Console.WriteLine(boxedNull == null);
        object[] items = { 7, "seven" };
        int? asNullable = items[1] as int?;
        Console.WriteLine($"{(items[0] as int?)} [{asNullable}]");
    }
}
