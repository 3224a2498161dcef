//! The synchronous path of an async method allocates nothing: a program awaiting 10 million
//! calls that complete synchronously makes as many allocations as one awaiting a thousand (the
//! runtime's allocation counter says so). For `ValueTask<int>` that is C#'s design; for a
//! `Task<int>` whose values .NET would not cache, it is unawait's direct-await optimization.

const VALUE_TASK: &str = "
    static async ValueTask<int> GetAsync(int i)
    {
        if (i >= 0) return i % 8;
        await Task.Yield();
        return -1;
    }";

const TASK: &str = "
    static async Task<int> GetAsync(int i)
    {
        if (i >= 0) return i % 1000;
        await Task.Yield();
        return -1;
    }";

fn allocations_for(method: &str, calls: u32) -> u64 {
    let source = format!(
        "using System;
using System.Threading.Tasks;
class Program
{{
    {method}
    static async Task Main()
    {{
        long sum = 0;
        for (int i = 0; i < {calls}; i++) sum += await GetAsync(i);
        if (sum < 0) Console.WriteLine(sum);
    }}
}}
"
    );
    let parsed = unawait_syntax::parse(&source);
    let checked = unawait_sema::check(&parsed.unit);
    assert!(checked.diagnostics.iter().all(|d| !d.is_error()));
    let module = unawait_lower::lower(&checked.program);
    let native = unawait_jit::compile(&module, &source).expect("compiles");
    let (before, _) = unawait_runtime::object::allocation_counters();
    let options = unawait_jit::RunOptions {
        virtual_time: true,
        ..Default::default()
    };
    let code = unawait_jit::run(&module, &native, Vec::new(), &options);
    assert_eq!(code, 0);
    let (after, _) = unawait_runtime::object::allocation_counters();
    after - before
}

fn assert_constant(method: &str) {
    let few = allocations_for(method, 1_000);
    let many = allocations_for(method, 10_000_000);
    // The first run also fills the runtime's caches (the completed task of `Main`); a later run
    // may find them filled. Either way nothing is allocated per call.
    assert!(
        many <= few && few <= 2,
        "allocations must not grow with the number of calls: {few} for 1,000, {many} for 10,000,000"
    );
}

#[test]
fn synchronously_completing_value_task_calls_allocate_nothing() {
    assert_constant(VALUE_TASK);
}

#[test]
fn directly_awaited_task_calls_that_complete_synchronously_allocate_nothing() {
    assert_constant(TASK);
}
