using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IRepository<T>
{
    Task<T> GetAsync(int id);
    void Add(int id, T item);
    int Count { get; }
}

class User { public string Name; public User(string n) { Name = n; } public override string ToString() => "User " + Name; }

class MemoryRepository<T> : IRepository<T> where T : class
{
    private readonly Dictionary<int, T> items = new Dictionary<int, T>();
    public int Count => items.Count;
    public void Add(int id, T item) { items[id] = item; }
    public async Task<T> GetAsync(int id)
    {
        await Task.Delay(1);
        T found;
        return items.TryGetValue(id, out found) ? found : null;
    }
}

class Result<T>
{
    public bool Ok { get; }
    public T Value { get; }
    public string Error { get; }
    private Result(bool ok, T value, string error) { Ok = ok; Value = value; Error = error; }
    public static Result<T> Success(T v) => new Result<T>(true, v, null);
    public static Result<T> Failure(string e) => new Result<T>(false, default(T), e);
    public override string ToString() => Ok ? "Ok(" + Value + ")" : "Err(" + Error + ")";
}

abstract class Shape<T> { public abstract T Area(); public virtual string Describe() => "area " + Area(); }
class Sq : Shape<int> { int s; public Sq(int s) { this.s = s; } public override int Area() => s * s; }

struct Pair<A, B>
{
    public A First; public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public override string ToString() => "(" + First + ", " + Second + ")";
}

class Program
{
    static async Task<Result<T>> Try<T>(Func<Task<T>> f)
    {
        try { return Result<T>.Success(await f()); }
        catch (Exception e) { return Result<T>.Failure(e.Message); }
    }

    static Pair<B, A> Swap<A, B>(Pair<A, B> p) => new Pair<B, A>(p.Second, p.First);

    static async Task Main()
    {
        IRepository<User> repo = new MemoryRepository<User>();
        repo.Add(1, new User("ann"));
        Console.WriteLine(repo.Count);
        Console.WriteLine(await repo.GetAsync(1));
        Console.WriteLine((await repo.GetAsync(2)) == null);
        var r = await Try(async () => { await Task.Yield(); return 5; });
        Console.WriteLine(r);
        var r2 = await Try<string>(async () => { await Task.Yield(); throw new InvalidOperationException("bad"); });
        Console.WriteLine(r2);
        Shape<int> sh = new Sq(3);
        Console.WriteLine(sh.Describe());
        var p = new Pair<int, string>(1, "x");
        Console.WriteLine(Swap(p));
        var list = new List<Pair<int, int>>();
        list.Add(new Pair<int, int>(1, 2));
        Console.WriteLine(list[0].First + list[0].Second);
    }
}
