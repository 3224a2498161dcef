// C# 12: anonymous methods (delegate { } without a parameter list, delegate with parameters, async delegate with and without parameters), captured variables, Action/Func/Predicate/Comparison, event subscription with anonymous methods
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Button
{
    public event EventHandler Clicked;
    public void Click() { Clicked?.Invoke(this, EventArgs.Empty); }
}

class Program
{
    static async Task Main()
    {
        int counter = 0;
        Action increment = delegate { counter++; };
        increment();
        increment();
        Console.WriteLine($"counter = {counter}");

        Func<int, int, int> add = delegate (int a, int b) { return a + b; };
        Console.WriteLine(add(2, 3));

        Predicate<string> isShort = delegate (string s) { return s.Length < 4; };
        var names = new List<string> { "Al", "Bea", "Cornelius", "Dot" };
        Console.WriteLine(string.Join(",", names.FindAll(isShort)));

        var button = new Button();
        button.Clicked += delegate { Console.WriteLine("clicked (parameters ignored)"); };
        button.Clicked += delegate (object sender, EventArgs e) { Console.WriteLine($"clicked by {sender.GetType().Name}"); };
        button.Click();

        Func<string, Task<string>> fetch = async delegate (string key)
        {
            await Task.Delay(5);
            return key + ":value";
        };
        Console.WriteLine(await fetch("alpha"));

        Func<Task> tick = async delegate
        {
            await Task.Yield();
            counter += 10;
        };
        await tick();
        Console.WriteLine($"counter after tick = {counter}");

        Comparison<string> byLength = delegate (string x, string y)
        {
            int c = x.Length.CompareTo(y.Length);
            return c != 0 ? c : string.CompareOrdinal(x, y);
        };
        names.Sort(byLength);
        Console.WriteLine(string.Join(",", names));
    }
}
