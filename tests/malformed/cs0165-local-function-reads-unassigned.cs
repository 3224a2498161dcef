// expect: CS0165
// Calling a local function reads the variables it captures: `x` is not assigned at the call.
using System;
class Program {
    static void Main() {
        int x;
        void Show() => Console.WriteLine(x);
        Show();
        x = 1;
    }
}
