using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Program {
    class Result<T> {
        public T Value; public string Error;
        public static Result<T> Ok(T v) => new Result<T> { Value = v };
        public static Result<T> Fail(string e) => new Result<T> { Error = e };
        public override string ToString() => Error == null ? "Ok(" + Value + ")" : "Fail(" + Error + ")";
    }
    struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } }
    static async Task<Result<int>> Parse(string s) {
        await Task.Yield();
        int n;
        return int.TryParse(s, out n) ? Result<int>.Ok(n) : Result<int>.Fail("bad " + s);
    }
    static async Task Main() {
        Console.WriteLine(await Parse("12") + " " + await Parse("x"));
        var p = new Pair<string, double>("pi", 3.14);
        Console.WriteLine(p.First + "=" + p.Second);
        var list = new List<Result<string>> { Result<string>.Ok("a"), Result<string>.Fail("b") };
        foreach (var r in list) Console.WriteLine(r);
        Console.WriteLine(typeof(Result<int>).Name + " " + list.GetType().Name);
    }
}
