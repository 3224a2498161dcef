// C# 12: nameof (locals, parameters, properties, methods, types, a generic type, a member access), typeof (closed and open generic types, arrays, void), GetType() vs typeof, sizeof on built-in types in safe code, default(T) in a generic method, ArgumentOutOfRangeException with nameof
// mcs: compiles and runs
using System;
using System.Collections.Generic;

class Order
{
    public int Id { get; set; }
    public decimal Total { get; set; }

    public void SetTotal(decimal total)
    {
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), total, "must be non-negative");
        Total = total;
        Console.WriteLine($"{nameof(Order)}.{nameof(Total)} set to {Total}");
    }
}

class Program
{
    static string Describe<T>(T value) => $"{typeof(T).Name}: {value} (default [{default(T)}])";

    static void Main()
    {
        var order = new Order { Id = 7 };
        order.SetTotal(99.5m);
        try { order.SetTotal(-1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"{e.ParamName} rejected"); }

        int retries = 3;
        Console.WriteLine($"{nameof(retries)} = {retries}, {nameof(Main)}, {nameof(Console.WriteLine)}, {nameof(List<int>)}, {nameof(order.Id)}");

        Type listType = typeof(List<string>);
        Type open = typeof(Dictionary<,>);
        Console.WriteLine($"{listType.Name} generic={listType.IsGenericType} arg={listType.GetGenericArguments()[0].Name}");
        Console.WriteLine($"{open.Name} open={open.IsGenericTypeDefinition} closed={open.MakeGenericType(typeof(int), typeof(string)).Name}");
        Console.WriteLine($"{typeof(int[]).Name} {typeof(int[,]).Name} {typeof(void).Name} {typeof(Order).FullName}");
        object boxed = 3.0;
        Console.WriteLine(boxed.GetType() == typeof(double));
        Console.WriteLine($"sizes: byte {sizeof(byte)}, short {sizeof(short)}, int {sizeof(int)}, long {sizeof(long)}, char {sizeof(char)}, double {sizeof(double)}, decimal {sizeof(decimal)}, bool {sizeof(bool)}");
        Console.WriteLine(Describe(5));
        Console.WriteLine(Describe("text"));
    }
}
