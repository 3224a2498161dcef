// A class converting to a variant interface of the program as an argument of a generic
// method, where that interface's instance exists only by substituting the method's type
// arguments (no code names `IStage<string, int>` before the call): pipelines whose stages
// accept any `object`, rankers of a base class sorting a list of a derived one, readers of
// a generic class's element type, with inferred and explicit type arguments, in sync and
// async methods.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

interface IStage<in TIn, out TOut> { TOut Run(TIn input); }
interface IRanker<in T> { int Rank(T item); }
interface ISource<out T> { T Read(); }

class Stage<TIn, TOut> : IStage<TIn, TOut>
{
    readonly Func<TIn, TOut> _f;
    readonly string _name;
    public Stage(string name, Func<TIn, TOut> f) { _name = name; _f = f; }
    public TOut Run(TIn input) { Console.WriteLine("  " + _name + "(" + input + ")"); return _f(input); }
}

class Pipeline<TIn, TOut>
{
    readonly Func<TIn, TOut> _run;
    public Pipeline(Func<TIn, TOut> run) { _run = run; }
    public Pipeline<TIn, TNext> Then<TNext>(IStage<TOut, TNext> stage) => new Pipeline<TIn, TNext>(x => stage.Run(_run(x)));
    public TOut Run(TIn input) => _run(input);
}

class Person { public string Name; public Person(string n) { Name = n; } public override string ToString() => Name; }
class Employee : Person { public int Salary; public Employee(string n, int s) : base(n) { Salary = s; } }

class ByNameLength : IRanker<Person> { public int Rank(Person p) => p.Name.Length; }

class Cell<T> : ISource<T>
{
    readonly T _value;
    public Cell(T value) { _value = value; }
    public T Read() => _value;
}

class Shelf<T>
{
    readonly List<T> _items = new List<T>();
    public void Load(ISource<T> source, int times) { for (int i = 0; i < times; i++) _items.Add(source.Read()); }
    public int Count => _items.Count;
}

static class Steps
{
    public static TOut Once<TOut>(IStage<string, TOut> stage) => stage.Run("hello");
    public static List<T> SortBy<T>(List<T> items, IRanker<T> ranker) => items.OrderBy(x => ranker.Rank(x)).ToList();
    public static T ReadTwice<T>(ISource<T> a, ISource<T> b) => b.Read();
    public static async Task<T> ReadLaterAsync<T>(ISource<T> source)
    {
        await Task.Delay(1);
        return source.Read();
    }
}

class Program
{
    static async Task Main()
    {
        Console.WriteLine(Steps.Once(new Stage<object, int>("length", o => o.ToString().Length)));
        Console.WriteLine(Steps.Once<object>(new Stage<string, string>("upper", s => s.ToUpper())));

        var pipeline = new Pipeline<string, string>(s => s.Trim())
            .Then(new Stage<object, int>("count", o => o.ToString().Length))
            .Then(new Stage<int, string>("stars", n => new string('*', n)));
        Console.WriteLine(pipeline.Run("  four  "));

        var staff = new List<Employee> { new Employee("Alexandra", 3), new Employee("Bo", 2), new Employee("Chen", 1) };
        var sorted = Steps.SortBy<Employee>(staff, new ByNameLength());
        Console.WriteLine(string.Join(", ", sorted) + " / " + sorted[0].Salary);
        IRanker<Employee> byLength = new ByNameLength();
        Console.WriteLine(string.Join(", ", Steps.SortBy(staff, byLength).Select(e => e.Salary)));

        Person p = Steps.ReadTwice<Person>(new Cell<Employee>(new Employee("Dana", 4)), new Cell<Person>(new Person("Eve")));
        Console.WriteLine(p);
        object read = Steps.ReadTwice<object>(new Cell<string>("text"), new Cell<Employee>(new Employee("Finn", 5)));
        Console.WriteLine(read + " " + (read is Employee));

        var shelf = new Shelf<Person>();
        shelf.Load(new Cell<Employee>(new Employee("Gus", 6)), 3);
        Console.WriteLine("shelf " + shelf.Count);

        Person later = await Steps.ReadLaterAsync<Person>(new Cell<Employee>(new Employee("Hana", 7)));
        Console.WriteLine("later " + later + " " + ((Employee)later).Salary);
    }
}
