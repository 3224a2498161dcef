//! The synchronous path of an async method allocates nothing: a program awaiting 10 million
//! `ValueTask<int>` calls that complete synchronously makes as many allocations as one awaiting
//! a thousand (the runtime's allocation counter says so).

fn allocations_for(calls: u32) -> u64 {
    let source = format!(
        r#"
using System;
using System.Threading.Tasks;
class Program
{{
    static async ValueTask<int> GetAsync(int i)
    {{
        if (i >= 0) return i % 8;
        await Task.Yield();
        return -1;
    }}
    static async Task Main()
    {{
        long sum = 0;
        for (int i = 0; i < {calls}; i++) sum += await GetAsync(i);
        if (sum < 0) Console.WriteLine(sum);
    }}
}}
"#
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

#[test]
fn synchronously_completing_value_task_calls_allocate_nothing() {
    let few = allocations_for(1_000);
    let many = allocations_for(10_000_000);
    // The first run also fills the runtime's caches (the completed task of `Main`); a later run
    // may find them filled. Either way nothing is allocated per call.
    assert!(
        many <= few && few <= 2,
        "allocations must not grow with the number of calls: {few} for 1,000, {many} for 10,000,000"
    );
}
