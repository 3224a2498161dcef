//! Completing a task and running what waits for it. A task goes from `PENDING` to a final
//! status once (`finish`); its continuations run then, in registration order, inline up to a
//! nesting depth and through the pool past it, and one registered after completion runs at once.

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{recycle, state_of};
use super::{
    when_all_step, Cont, Few, MoveNext, Task, Word, CANCELED, FAULTED, PENDING, SM_OFFSET,
    SUCCEEDED, UNOBSERVED,
};
use crate::exception;
use crate::sched;
use std::cell::Cell;

thread_local! {
    /// Continuations running inline, nested: past a limit they go through the pool, as .NET
    /// does when the stack gets deep, so long chains of completions cannot overflow it.
    static INLINE_DEPTH: Cell<u32> = const { Cell::new(0) };
}

const MAX_INLINE_DEPTH: u32 = 64;

/// Moves a pending `t` to its final state; returns what waits for it (first, then the others),
/// or `None` if it had already completed.
fn finish(
    t: *mut Task,
    status: u8,
    result: Word,
    exceptions: Vec<Word>,
) -> Option<(Cont, Vec<Cont>)> {
    let conts = unsafe {
        if (*t).status != PENDING {
            return None;
        }
        (*t).status = status;
        (*t).result = result;
        if !exceptions.is_empty() {
            (*t).exceptions = exceptions.into();
        }
        (
            std::mem::replace(&mut (*t).first, Cont::Nothing),
            (*t).continuations.take(),
        )
    };
    if status == FAULTED {
        UNOBSERVED.with(|u| u.borrow_mut().push(t as Word));
    }
    Some(conts)
}

/// Completes `t` and runs what waits for it, in registration order.
pub fn complete(t: *mut Task, status: u8, result: Word, exceptions: Vec<Word>) {
    let Some((first, more)) = finish(t, status, result, exceptions) else {
        return;
    };
    if more.is_empty() {
        run_continuation(first, t);
        return;
    }
    // Each continuation can allocate: the ones not run yet are reachable only from here.
    let words: Vec<Word> = std::iter::once(&first)
        .chain(&more)
        .filter_map(cont_word)
        .collect();
    let _roots = crate::gc::root(&words);
    run_continuation(first, t);
    for c in more {
        run_continuation(c, t);
    }
}

/// `complete(t, SUCCEEDED, result, Vec::new())` for the common case of one continuation at
/// most: what every box that finishes after suspending does.
pub(super) fn complete_succeeded(t: *mut Task, result: Word) {
    unsafe {
        if (*t).status != PENDING || (*t).continuations.is_allocated() {
            return complete(t, SUCCEEDED, result, Vec::new());
        }
        (*t).status = SUCCEEDED;
        (*t).result = result;
        let first = std::mem::replace(&mut (*t).first, Cont::Nothing);
        run_continuation(first, t);
    }
}

/// Completes `t` with its continuations queued to the pool instead of run inline: what
/// `TaskCreationOptions.RunContinuationsAsynchronously` asks for (`TaskCompletionSource`,
/// `SemaphoreSlim.WaitAsync`). Blocked threads are woken as usual.
pub fn complete_async(t: *mut Task, status: u8, result: Word, exceptions: Vec<Word>) {
    let Some((first, more)) = finish(t, status, result, exceptions) else {
        return;
    };
    if crate::timeline::on() {
        crate::timeline::task_completed(status);
    }
    for c in std::iter::once(first).chain(more) {
        match c {
            Cont::Resume(b) => sched::queue(sched::Work::Resume(b)),
            // Posted even when completed on the context itself.
            Cont::Post(b) => sched::post(sched::Work::Resume(b)),
            Cont::PostTo(h) => crate::sync_context::post_captured(h),
            Cont::Schedule(t) => crate::task_scheduler::schedule_continuation(t),
            Cont::WhenAll(_) | Cont::WhenAny(_) | Cont::Unwrap(_) | Cont::Then(_) => {
                sched::queue(sched::Work::Continue(c, t))
            }
            Cont::Wake(_) | Cont::Nothing => run_continuation(c, t),
        }
    }
}

/// Runs a continuation the pool dequeued (`complete_async`'s combinator steps).
pub fn run_queued(c: Cont, done: *mut Task) {
    match c {
        Cont::Then(t) => super::run::then_step(t, done),
        c => run_continuation(c, done),
    }
}

fn run_continuation(c: Cont, done: *mut Task) {
    let Cont::Resume(b) = c else {
        return run_other_continuation(c, done);
    };
    let depth = INLINE_DEPTH.with(|d| d.get());
    if depth >= MAX_INLINE_DEPTH || !crate::sync_context::may_inline_here() {
        sched::queue(sched::Work::Resume(b));
    } else {
        INLINE_DEPTH.with(|d| d.set(depth + 1));
        sched::count_inline_continuation();
        resume(b);
        INLINE_DEPTH.with(|d| d.set(depth));
    }
}

/// Every continuation but an await's resumption: out of line, so that the hot one saves no
/// registers for the others.
#[inline(never)]
fn run_other_continuation(c: Cont, done: *mut Task) {
    match c {
        Cont::Resume(_) => run_continuation(c, done),
        Cont::Wake(thread) => sched::wake(thread),
        Cont::WhenAll(all) => when_all_step(all),
        // `WhenAny` does not observe its inputs' exceptions (.NET's neither): whoever reads the
        // winner does.
        Cont::WhenAny(any) => unsafe {
            if (*any).status == PENDING {
                (*any).inputs = Few::new();
                complete(any, SUCCEEDED, done as Word, Vec::new());
            }
        },
        Cont::Nothing => {}
        // Already on the context: run inline, as .NET does; otherwise post it there.
        Cont::Post(b) if sched::has_context() => {
            sched::count_inline_continuation();
            resume(b);
        }
        Cont::Post(b) => sched::post(sched::Work::Resume(b)),
        // .NET's `SynchronizationContextAwaitTaskContinuation.Run`: inline when the context is
        // the completing thread's current one, else through the context's `Post`.
        Cont::PostTo(h) => crate::sync_context::run_captured(h),
        // .NET's `ContinueWithTaskContinuation.Run` without `ExecuteSynchronously`: queued.
        Cont::Schedule(t) => crate::task_scheduler::schedule_continuation(t),
        Cont::Unwrap(proxy) => super::run::unwrap_step(proxy, done),
        // A continuation runs on the pool, as .NET's default, unless `ExecuteSynchronously`
        // asks for this thread; one its options exclude is canceled here and now.
        Cont::Then(t) if super::run::runs_inline(t, done) => super::run::then_step(t, done),
        Cont::Then(t) => sched::queue(sched::Work::Continue(Cont::Then(t), done)),
    }
}

/// The references a continuation holds (for the collector).
pub fn cont_roots(c: &Cont, f: &mut dyn FnMut(Word)) {
    if let Some(w) = cont_word(c) {
        f(w);
    }
}

fn cont_word(c: &Cont) -> Option<Word> {
    match c {
        Cont::Resume(b)
        | Cont::WhenAll(b)
        | Cont::WhenAny(b)
        | Cont::Post(b)
        | Cont::Unwrap(b)
        | Cont::Then(b)
        | Cont::PostTo(b)
        | Cont::Schedule(b) => Some(*b as Word),
        Cont::Wake(_) | Cont::Nothing => None,
    }
}

/// Runs the next step of the async method whose box `b` is (in the context it captured, once
/// a program uses `AsyncLocal`: a cold path, so the usual resumption stays as small as it was).
#[inline]
pub fn resume(b: *mut Task) {
    if crate::exec_ctx::used() {
        return resume_in_context(b);
    }
    resume_step(b);
}

#[cold]
#[inline(never)]
fn resume_in_context(b: *mut Task) {
    let context = crate::exec_ctx::enter(b);
    resume_step(b);
    crate::exec_ctx::leave(context);
}

#[inline(always)]
fn resume_step(b: *mut Task) {
    unsafe {
        if crate::sites::observing() {
            let state = state_of((b as *const u8).add(SM_OFFSET));
            crate::sites::observe_resumption((*b).sm, state, b);
        }
        let f: MoveNext = std::mem::transmute(
            (*(*b).sm)
                .move_next
                .load(std::sync::atomic::Ordering::Acquire),
        );
        let nested = (*b).running;
        (*b).running = true;
        f((b as *mut u8).add(SM_OFFSET), std::ptr::null());
        (*b).running = nested;
        if !nested && (*b).release_on_return {
            recycle(b);
        }
    }
}

/// Registers `c` to run when `t` completes (at once if it already has).
/// Inlined: it is on the path of every suspension, and its call cost as much as its work.
#[inline]
pub fn on_completed(t: *mut Task, c: Cont) {
    unsafe {
        if (*t).status == PENDING {
            if matches!((*t).first, Cont::Nothing) && !(*t).continuations.is_allocated() {
                (*t).first = c;
            } else {
                (*t).continuations.push(c);
            }
        } else {
            run_continuation(c, t);
        }
    }
}

/// Takes back the `Cont::WhenAny(w)` a timed wait registered on the pending `t` (`waits.rs`),
/// as .NET removes a timed-out wait's continuation: a loop of short waits on one task does not
/// pile them up.
pub fn remove_when_any(t: *mut Task, w: *mut Task) {
    let mine = |c: &Cont| matches!(c, Cont::WhenAny(x) if *x == w);
    unsafe {
        if (*t).status != PENDING {
            return;
        }
        if mine(&(*t).first) {
            (*t).first = Cont::Nothing;
        } else {
            (*t).continuations.retain(|c| !mine(c));
        }
    }
}

pub(super) fn fault_status(exceptions: &[Word]) -> u8 {
    // An OperationCanceledException escaping an async method cancels its task.
    match exceptions {
        [e] if is_cancellation(*e) => CANCELED,
        _ => FAULTED,
    }
}

fn is_cancellation(e: Word) -> bool {
    exception::exception_desc(e).is_a(&exception::OPERATION_CANCELED)
}
