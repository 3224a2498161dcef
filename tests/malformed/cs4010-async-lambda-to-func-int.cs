// expect: CS4010
// An async lambda returns void, Task or Task<T>, never a plain int.
using System;
using System.Threading.Tasks;
class Program {
    static void Main() {
        Func<int> f = async () => { await Task.Delay(1); return 1; };
        Console.WriteLine(f());
    }
}
