// expect: CS8030
// An Action's lambda returns a value.
using System;
class Program {
    static void Main() {
        Action a = () => { return 5; };
        a();
    }
}
