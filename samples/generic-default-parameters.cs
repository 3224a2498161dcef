using System;
// Default values of a type parameter's parameters: each call's `T` gives its default (0, a zeroed struct, null), also through a generic caller.
struct S { public int A; public override string ToString() => "S" + A; }
class P {
    static T Pick<T>(bool first, T a = default, T b = default) => first ? a : b;
    static T Wrap<T>(T x) => Pick<T>(false, x);
    static void Main() {
        Console.WriteLine(Pick(true, 5) + " " + Pick<S>(false) + " " + (Pick<string>(true) == null));
        Console.WriteLine(Wrap(3) + " " + Wrap(new S { A = 2 }) + " " + (Wrap("s") == null));
    }
}
