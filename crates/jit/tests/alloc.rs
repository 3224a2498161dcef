//! The synchronous path of an async method allocates nothing: a program awaiting 10 million
//! calls that complete synchronously makes as many allocations as one awaiting a thousand (the
//! runtime's allocation counter says so). For `ValueTask<int>` that is C#'s design; for a
//! `Task<int>` whose values .NET would not cache, it is unawait's direct-await optimization.
//! Calls that suspend reuse their boxes from the method's pool when awaited directly.

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

/// One program runs at a time in a process: the pending-exception slot and the stack limit
/// JIT code reads are process-wide (docs/runtime.md), and these tests run on parallel threads.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn allocations_for(method: &str, calls: u32) -> u64 {
    let _running = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
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

const SUSPENDING_TASK: &str = "
    static async Task<int> GetAsync(int i)
    {
        await Task.Yield();
        return i % 1000;
    }";

const SUSPENDING_VALUE_TASK: &str = "
    static async ValueTask<int> GetAsync(int i)
    {
        await Task.Yield();
        return i % 8;
    }";

/// Every call suspends, so every call needs a box; but the caller awaits each call directly,
/// so each box goes back to its method's pool once the caller has its result, and the next
/// call reuses it: the number of boxes allocated does not grow with the number of calls.
fn assert_pooled(method: &str) {
    let few = allocations_for(method, 1_000);
    let many = allocations_for(method, 200_000);
    assert!(
        many <= few && few <= 4,
        "boxes must come from the pool: {few} allocations for 1,000 calls, {many} for 200,000"
    );
    // Nor does the pools' own bookkeeping grow: each method is listed once (this thread ran
    // two programs, one method with a pool each).
    let listed = unawait_runtime::task::pools_listed();
    assert!(listed <= 2, "{listed} pools listed for two methods");
}

#[test]
fn suspending_task_calls_awaited_directly_reuse_their_boxes() {
    assert_pooled(SUSPENDING_TASK);
}

#[test]
fn suspending_value_task_calls_awaited_directly_reuse_their_boxes() {
    assert_pooled(SUSPENDING_VALUE_TASK);
}
