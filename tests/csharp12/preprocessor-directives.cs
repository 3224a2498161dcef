// C# 12: preprocessor directives: #define and #undef before the first token, #if/#elif/#else/#endif with ||, &&, !, ==, != and parentheses, nested #if in a skipped section, skipped text that is not C# (it is never lexed: an unclosed comment, unclosed strings, #error and #warning), #region/#endregion, #pragma warning disable/restore (by code and by number), #line hidden/default, directives indented and with spaces after #; identifiers written with Unicode escapes (\u0061bc is abc, \u0069f is the identifier if, as @if is)
// mcs: compiles and runs with `\u0069f` and `@if` renamed: mcs reads a keyword written with an escape as the keyword, where the C# specification (6.4.3, its `cl\u0061ss` example) and Roslyn read an identifier
#define TRACE_CALLS
#define FAST
#undef FAST
using System;
using System.Threading.Tasks;

static class Service
{
#if DEBUG
    const int RetryCount = 1;
#elif TRACE_CALLS && !FAST
    const int RetryCount = 3;
#else
    const int RetryCount = 5;
#endif

    #region Calls
    static async Task<int> CallAsync(int attempt)
    {
    #  if TRACE_CALLS
        Console.WriteLine("call " + attempt);
    #  endif
        await Task.Delay(1);
        return Twice(attempt);
    }

    static int Twice(int x)
    {
#pragma warning disable CS0162, 219
        int unused = 0;
        return x * 2;
        Console.WriteLine("never printed");
#pragma warning restore CS0162, 219
    }
    #endregion

    static async Task Main()
    {
        int sum = 0;
        for (int i = 0; i < RetryCount; i++)
        {
#if DEBUG || (TRACE && !TRACE_CALLS)
            int extra = 100;
#else
            int extra = 0;
#endif
            sum += await CallAsync(i) + extra;
        }
#if OLD_IMPLEMENTATION
        var client = new LegacyClient(;   // half-finished code, never compiled
        client.Send("hello"
        /* an unclosed comment, an unclosed 'character and "string
#if NESTED
#error never compiled
#endif
#warning never compiled either
#endif
#line hidden
        int \u0061bc = sum;
#line default
        int \u0069f = abc + 1;
        Console.WriteLine(abc + " " + @if);
#if (TRACE_CALLS == true) != false
        Console.WriteLine("traced: " + sum);
#endif
    }
}
