// expect: CS0311, CS0452, CS0453, CS0311, CS0315
// Type arguments that break the methods' `where` clauses.
using System;

class Animal { }
struct Pt { public int X; }

static class Program
{
    static void Talk<T>(T a) where T : Animal { }
    static void Ref<T>(T a) where T : class { }
    static void Val<T>(T a) where T : struct { }
    static void Order<T>(T a) where T : IComparable<T> { }

    static void Main()
    {
        Talk("cat");
        Ref(1);
        Val("s");
        Order(new Animal());
        Order(true ? 1 : 0);
        Order(new Pt());
    }
}
