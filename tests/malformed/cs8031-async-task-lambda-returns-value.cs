// expect: CS8031
// An async lambda converted to Func<Task> returns a value.
using System;
using System.Threading.Tasks;
class Program {
    static async Task Main() {
        Func<Task> f = async () => { await Task.Delay(1); return 5; };
        await f();
    }
}
