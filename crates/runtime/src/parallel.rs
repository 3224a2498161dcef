//! `Parallel.For` and `Parallel.ForEach`: the iterations are split into contiguous chunks, one
//! per worker (up to `WORKERS`); the calling thread runs the first chunk and the pool's threads
//! the others, and the caller blocks until every chunk is done. After an iteration throws, no
//! iteration starts; the exceptions come back together as one AggregateException, as .NET's
//! loops throw them. The loop's state is a `slots.rs` object the pool's work items share.

use crate::delegate::{invoke1, Ret};
use crate::exception;
use crate::object::{is_null, ElemKind, Kind, TypeDesc, Word};
use crate::slots;
use crate::task::{self, Task};
use crate::{entry_list, Entry, F1, F3};

/// How many workers a loop uses at most: the caller and three threads of the pool.
const WORKERS: u64 = 4;

static LOOP_DESC: TypeDesc = TypeDesc {
    name: "System.Threading.Tasks.Parallel",
    kind: Kind::Slots,
    base: None,
};

// The loop's words: the body, the element kind, `For`'s first index, the iteration count, the
// chunk count, whether an iteration threw, the chunks still running on the pool, the task
// their end completes, the caller's execution context, whether the items follow (`ForEach`);
// then the items, then the exceptions.
const BODY: usize = 0;
const KIND: usize = 1;
const FROM: usize = 2;
const COUNT: usize = 3;
const CHUNKS: usize = 4;
const STOPPED: usize = 5;
const REMAINING: usize = 6;
const DONE: usize = 7;
const CONTEXT: usize = 8;
const HAS_ITEMS: usize = 9;
const ITEMS: usize = 10;

fn run_loop(body: Word, kind: ElemKind, from: i64, items: Option<Vec<Word>>, count: u64) -> Word {
    if count == 0 {
        return 1;
    }
    let chunks = count.min(WORKERS);
    // The loop object holds everything from here on: no `gc::root` guard may be held across
    // the block below (the root stack is shared by every logical thread); `state` stays on
    // this thread's stack, which the collector scans.
    let state = {
        let _roots = crate::gc::root(&[body]);
        let done = task::new_pending(None);
        let mut words = vec![
            body,
            kind as Word,
            from as Word,
            count,
            chunks,
            0,
            chunks - 1,
            done as Word,
            crate::exec_ctx::current(),
            Word::from(items.is_some()),
        ];
        words.extend(items.unwrap_or_default());
        let _root_items = crate::gc::root(&words);
        slots::new(&LOOP_DESC, words)
    };
    for c in 1..chunks {
        crate::sched::queue(crate::sched::Work::Parallel(state, c as u32));
    }
    run_chunk(state, 0);
    if slots::words(state)[REMAINING] != 0 {
        let done = slots::words(state)[DONE] as *mut Task;
        crate::sched::block_on(done, 0);
    }
    let w = slots::words(state);
    let first_exception = ITEMS
        + if w[HAS_ITEMS] != 0 {
            w[COUNT] as usize
        } else {
            0
        };
    let failures: Vec<Word> = w[first_exception..].to_vec();
    std::hint::black_box(state);
    if failures.is_empty() {
        return 1;
    }
    let _roots = crate::gc::root(&failures);
    crate::pending::throw(exception::new_aggregate(failures))
}

/// Runs chunk `c` of the loop `state` (chunk 0 on the caller, the others as pool work).
pub fn run_chunk(state: Word, c: u32) {
    let (lo, hi, body, kind, from, items, ec) = {
        let w = slots::words(state);
        let (n, k) = (w[COUNT], w[CHUNKS]);
        let lo = (c as u64 * n / k) as usize;
        let hi = ((c as u64 + 1) * n / k) as usize;
        let kind = ElemKind::from_code(w[KIND]);
        (
            lo,
            hi,
            w[BODY],
            kind,
            w[FROM] as i64,
            w[HAS_ITEMS] != 0,
            w[CONTEXT],
        )
    };
    // A pool chunk runs in the caller's execution context, as .NET's replicas do.
    let saved = (c != 0).then(|| {
        let prev = crate::exec_ctx::current();
        crate::exec_ctx::set_current(ec);
        prev
    });
    for j in lo..hi {
        if slots::words(state)[STOPPED] != 0 {
            break;
        }
        let arg = if items {
            slots::words(state)[ITEMS + j]
        } else {
            (from + j as i64) as Word
        };
        invoke1(body, arg, kind, None, Ret::Void);
        if crate::pending::is_pending() {
            let e = crate::pending::take();
            let w = slots::words(state);
            w.push(e);
            w[STOPPED] = 1;
        }
    }
    if let Some(prev) = saved {
        crate::exec_ctx::set_current(prev);
    }
    if c != 0 {
        let w = slots::words(state);
        w[REMAINING] -= 1;
        if w[REMAINING] == 0 {
            let done = w[DONE] as *mut Task;
            task::complete(done, task::SUCCEEDED, 0, Vec::new());
        }
    }
    std::hint::black_box(state);
}

/// `Parallel.For(fromInclusive, toExclusive, body)`.
extern "C" fn for_(from: Word, to: Word, body: Word) -> Word {
    if is_null(body) {
        return exception::throw_argument_null("body");
    }
    let (from, to) = (from as i32 as i64, to as i32 as i64);
    run_loop(body, ElemKind::I32, from, None, (to - from).max(0) as u64)
}

/// `Parallel.ForEach(source, body)`: the source's elements are taken first.
extern "C" fn for_each(source: Word, body: Word, kind: Word) -> Word {
    if is_null(source) {
        return exception::throw_argument_null("source");
    }
    if is_null(body) {
        return exception::throw_argument_null("body");
    }
    let _roots = crate::gc::root(&[source, body]);
    let Some((k, items)) = crate::collections::sequence_items(source) else {
        if crate::pending::is_pending() {
            return 0;
        }
        return exception::throw_new(&exception::NOT_SUPPORTED, None);
    };
    // The elements' own kind: what the body's parameter is passed as.
    let _ = kind;
    let kind = k;
    let n = items.len() as u64;
    run_loop(body, kind, 0, Some(items), n)
}

extern "C" fn is_completed(result: Word) -> Word {
    result
}

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Parallel.For(int, int, Action<int>)" => for_ as F3, None;
        "Parallel.ForEach<TSource>(IEnumerable<TSource>, Action<TSource>)" => for_each as F3, TypeArgs;
        "ParallelLoopResult.IsCompleted" => is_completed as F1, None, nothrow;
    }
}
