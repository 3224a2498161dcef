// expect: CS1029, CS1030
// `#error` and `#warning` in compiled text are C#'s error and warning; in a skipped section they are not read.
#define RELEASE_ONLY
using System;

static class Program
{
#if !RELEASE_ONLY
#error never reported: this section is skipped
#elif RELEASE_ONLY
#error this configuration is not supported
#endif
#warning check the configuration
    static void Main()
    {
        Console.WriteLine("configured");
    }
}
