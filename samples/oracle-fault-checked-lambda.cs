// Oracle fault: a lambda written inside a `checked` block is checked code too (the checked context
// is lexical: it covers every operation textually inside the block, lambda bodies included,
// ECMA-334 §12.8.20); mcs compiles such lambda bodies unchecked, so Mono wraps around silently.
// Found by difftest's lambda generator (seed 104); the `checked-lambda` knob avoids it.
using System;

static class Program
{
    static void Main()
    {
        int c = 2147483647;
        Func<int, int> outside = x => x + c;
        checked
        {
            Func<int, int> f = x => x + c;
            Func<int, int> g = x => { int y = x * 2; return y + c; };
            Func<int, Func<int, int>> mk = a => b => a + b;
            try { Console.WriteLine(f(1)); } catch (OverflowException e) { Console.WriteLine("f: " + e.Message); }
            try { Console.WriteLine(g(1)); } catch (OverflowException e) { Console.WriteLine("g: " + e.Message); }
            try { Console.WriteLine(mk(c)(1)); } catch (OverflowException e) { Console.WriteLine("mk: " + e.Message); }
            unchecked
            {
                Func<int, int> u = x => x + c;
                Console.WriteLine("u: " + u(1));
            }
            // Created outside, invoked inside: the lambda's own context decides.
            Console.WriteLine("outside: " + outside(1));
        }
    }
}
