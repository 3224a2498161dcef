// C# 12: dynamic (needs Microsoft.CSharp, which .NET SDK projects reference by default): dynamic locals, parameters and return type, run-time operator and overload resolution, dynamic member access and invocation, ExpandoObject with a delegate member, RuntimeBinderException, foreach with a dynamic iteration variable
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Dynamic;
using Microsoft.CSharp.RuntimeBinder;

class Formatter
{
    public string Format(int value) => "int:" + value;
    public string Format(string value) => "string:" + value;
    public string Format(object value) => "object:" + value;
}

class Program
{
    static dynamic Add(dynamic a, dynamic b) => a + b;

    static void Main()
    {
        dynamic x = 10;
        dynamic y = 2.5;
        Console.WriteLine(Add(x, y));
        Console.WriteLine(Add("con", "cat"));
        Console.WriteLine(Add(x, 5).GetType().Name);

        var formatter = new Formatter();
        foreach (dynamic item in new object[] { 1, "two", 3.5 })
            Console.WriteLine(formatter.Format(item));

        dynamic bag = new ExpandoObject();
        bag.Name = "config";
        bag.Version = 3;
        bag.Describe = (Func<string>)(() => bag.Name + " v" + bag.Version);
        Console.WriteLine(bag.Describe());
        var dict = (IDictionary<string, object>)bag;
        Console.WriteLine(string.Join(",", dict.Keys));

        dynamic text = "dynamic string";
        Console.WriteLine(text.ToUpper());
        int length = text.Length;
        Console.WriteLine(length);
        try
        {
            Console.WriteLine(text.NoSuchMember);
        }
        catch (RuntimeBinderException e)
        {
            Console.WriteLine("binder: " + e.GetType().Name);
        }
    }
}
