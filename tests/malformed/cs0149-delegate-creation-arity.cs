// expect: CS0149
// `new D(...)` of a delegate type takes exactly one method or lambda.
using System;

delegate int Op(int x);

class Program {
    static int Twice(int x) => x * 2;

    static void Main() {
        Op op = new Op(Twice, Twice);
        Console.WriteLine(op(2));
    }
}
