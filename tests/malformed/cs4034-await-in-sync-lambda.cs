// expect: CS4034
// The lambda awaits but is not marked async.
using System;
using System.Threading.Tasks;
class Program {
    static async Task Main() {
        Func<Task> f = () => { await Task.Delay(1); return Task.CompletedTask; };
        await f();
    }
}
