// expect: UA0100
// A type test against a delegate type of the program: the runtime's delegate objects do not record their delegate type yet.
using System;

delegate int Op(int x);

class Program {
    static void Main() {
        object o = new Op(x => x + 1);
        Console.WriteLine(o is Op);
    }
}
