//! The method builders: what a state machine's `SetResult`, `SetException` and
//! `AwaitUnsafeOnCompleted` do. A method that completes synchronously never allocates its box:
//! its task is a cached completed one or a result inline in the word; the first real suspension
//! copies the state machine into a box (`sm_await`), which is then the method's task.

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{
    alloc_task_at, complete, complete_succeeded, desc_for, fault_status, from_word, new_pending,
    object, on_completed, pooled_box, state_of, Builder, Cont, ElemKind, Few, SmDesc, Task, Word,
    AWAIT_YIELD, FAULTED, NO_CONTEXT, PENDING, SM_BUILDER, SM_FLAGS, SM_OFFSET, SUCCEEDED,
    UNOBSERVED,
};
use crate::sched;

/// The completed tasks .NET caches (`completed_task`), shared by every run of the process.
static COMPLETED_CACHE: [std::sync::atomic::AtomicU64; 22] =
    [const { std::sync::atomic::AtomicU64::new(0) }; 22];

/// The task a method that completed synchronously returns (and, since .NET 6,
/// `Task.FromResult`'s): cached where .NET's `GetTaskForResult` caches.
pub fn completed_task(kind: Option<ElemKind>, result: Word) -> Word {
    // Cache slots: the non-generic task, false and true, the ints -1..=8, then the defaults
    // of `long` and of reference types (null), then those of the other primitive types .NET
    // caches (`default_cached`).
    let slot = match kind {
        None => Some(0),
        Some(ElemKind::Bool) => Some(1 + (result != 0) as usize),
        Some(ElemKind::I32) if (-1..=8).contains(&(result as i64)) => {
            Some((4 + result as i64) as usize)
        }
        Some(ElemKind::I64) if result == 0 => Some(13),
        Some(ElemKind::Ref) if result == 0 => Some(14),
        Some(k) if result == 0 => default_cached(k).map(|i| 15 + i),
        _ => None,
    };
    if let Some(slot) = slot {
        let cached = COMPLETED_CACHE[slot].load(std::sync::atomic::Ordering::Relaxed);
        if cached != 0 {
            return cached;
        }
        // Cached for the whole process, outside the collected heap.
        let t = unsafe {
            let pad = SM_OFFSET - std::mem::size_of::<Task>();
            let t = object::alloc_immortal::<Task>(desc_for(kind), pad);
            std::ptr::write(&mut (*t).exceptions, Few::new());
            std::ptr::write(&mut (*t).continuations, Few::new());
            std::ptr::write(&mut (*t).first, Cont::Nothing);
            std::ptr::write(&mut (*t).inputs, Few::new());
            (*t).result_kind = kind.map_or(ElemKind::Ref as u8, |k| k as u8);
            (*t).status = SUCCEEDED;
            (*t).result = result;
            t
        };
        COMPLETED_CACHE[slot].store(t as Word, std::sync::atomic::Ordering::Relaxed);
        return t as Word;
    }
    let t = new_pending(kind);
    unsafe {
        (*t).status = SUCCEEDED;
        (*t).result = result;
    }
    t as Word
}

/// The slot among the other primitive types whose default .NET's `AsyncTaskCache` caches:
/// `byte`, `sbyte`, `char`, `short`, `ushort`, `uint`, `ulong`.
fn default_cached(k: ElemKind) -> Option<usize> {
    Some(match k {
        ElemKind::Byte => 0,
        ElemKind::SByte => 1,
        ElemKind::Char => 2,
        ElemKind::Short => 3,
        ElemKind::UShort => 4,
        ElemKind::UInt => 5,
        ElemKind::ULong => 6,
        _ => return None,
    })
}

pub fn completed_task_word() -> Word {
    completed_task(None, 0)
}

/// A `ValueTask<T>` holding `result` without a task when it fits.
pub fn inline_value(kind: ElemKind, result: Word) -> Word {
    let shifted = result << 1;
    if ((shifted as i64) >> 1) as u64 == result {
        shifted | 1
    } else {
        completed_task(Some(kind), result)
    }
}

unsafe fn sm_desc<'a>(desc: Word) -> &'a SmDesc {
    &*(desc as *const SmDesc)
}

unsafe fn builder_word(sm: *mut u8) -> *mut Word {
    sm.add(SM_BUILDER as usize) as *mut Word
}

/// `builder.SetResult(value)`.
pub extern "C" fn sm_set_result(sm: *mut u8, value: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        let w = builder_word(sm);
        if *w != 0 {
            complete_succeeded(*w as *mut Task, value);
            return 0;
        }
        let inline = *(sm.add(SM_FLAGS as usize) as *const i32) == 1;
        if let (Builder::TaskOf(k), true, true) = (d.builder, inline, crate::sites::enabled()) {
            dotnet_task(k, value);
        }
        *w = match d.builder {
            Builder::Task if inline => 1,
            Builder::TaskOf(k) if inline => inline_value(k, value),
            Builder::Task => completed_task(None, 0),
            Builder::TaskOf(k) => completed_task(Some(k), value),
            Builder::ValueTask => 1,
            Builder::ValueTaskOf(k) => inline_value(k, value),
            Builder::Void => 0,
        };
    }
    0
}

/// `--stats`: a suspension served a box from the pool, where .NET allocates one.
#[cold]
#[inline(never)]
fn dotnet_box(d: &'static SmDesc, state: i32) {
    let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
    crate::gc::count_dotnet_only(crate::gc::Site::Box(&d.name, line), SM_OFFSET + d.size);
}

/// `--stats`: a synchronous result handed back inline, where .NET returns a completed
/// `Task<T>`: a new one unless it is one .NET caches.
#[cold]
#[inline(never)]
pub(crate) fn dotnet_task(kind: ElemKind, value: Word) {
    let cached = match kind {
        ElemKind::Bool => true,
        ElemKind::I32 => (-1..=8).contains(&(value as i64)),
        ElemKind::I64 | ElemKind::Ref => value == 0,
        k => value == 0 && default_cached(k).is_some(),
    };
    if !cached {
        count_dotnet_task();
    }
}

/// `--stats`: a suspension captured the built-in context, which unawait's scheduler resumes
/// the box through without allocating. .NET allocates a `SynchronizationContextAwaitTaskContinuation`
/// for it, holding the box's `MoveNextAction` (a delegate made once per box).
#[cold]
#[inline(never)]
fn dotnet_context_continuation(b: *mut Task) {
    use crate::gc::{count_dotnet_only, Site};
    count_dotnet_only(Site::Kind(crate::sync_context::CONTINUATIONS), 40);
    // SAFETY: `b` is a live box.
    unsafe {
        if !(*b).dotnet_action && (*b).move_next_action == 0 {
            (*b).dotnet_action = true;
            let kind = crate::object::kind_label(crate::object::Kind::Delegate);
            count_dotnet_only(Site::Kind(kind), 64);
        }
    }
}

/// `--stats`: a task .NET allocates where unawait's runtime does not.
pub(crate) fn count_dotnet_task() {
    let kind = crate::object::kind_label(crate::object::Kind::Task);
    crate::gc::count_dotnet_only(crate::gc::Site::Kind(kind), SM_OFFSET);
}

/// `rt.count_elided(task, wrappers)` (`--stats`): a call awaited directly returned `task`
/// without running the `return await` wrappers lowering skipped (`wrappers`: their
/// descriptors, innermost first). In .NET each would have run: a box of its own when the call
/// suspended, else a completed task (cached or not) like the call's.
pub extern "C" fn count_elided(w: Word, wrappers: Word) -> Word {
    if !crate::sites::enabled() || wrappers == 0 {
        return 0;
    }
    // SAFETY: the JIT leaked the list for the program's life; its entries are descriptors.
    let wrappers = unsafe { &*(wrappers as *const Vec<usize>) };
    for &d in wrappers {
        let d = unsafe { &*(d as *const SmDesc) };
        let outcome = if super::is_inline(w) {
            Some(super::inline_result(w))
        } else {
            let t = from_word(w);
            // SAFETY: the call's task word is a live task.
            match unsafe { (*t).status } {
                PENDING => None,
                SUCCEEDED => Some(unsafe { (*t).result }),
                // A failed call: the wrapper returns a failed task of its own.
                _ => {
                    count_dotnet_task();
                    continue;
                }
            }
        };
        match (outcome, d.builder) {
            (None, _) => {
                let line = d.await_lines.first().copied().unwrap_or(0);
                let site = crate::gc::Site::Box(&d.name, line);
                crate::gc::count_dotnet_only(site, SM_OFFSET + d.size);
            }
            (Some(v), Builder::TaskOf(k)) => dotnet_task(k, v),
            // A `Task` or `ValueTask` wrapper that completed synchronously allocates nothing.
            (Some(_), _) => {}
        }
    }
    0
}

/// `builder.SetException(e)`.
pub extern "C" fn sm_set_exception(sm: *mut u8, e: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        crate::trace::add(e, d.trace_name.clone(), 0);
        if d.builder == Builder::Void {
            // An exception escaping `async void` has no task to go to: it ends the process.
            sched::raise_async_void(e);
            return 0;
        }
        let w = builder_word(sm);
        let status = fault_status(&[e]);
        if *w != 0 {
            complete(*w as *mut Task, status, 0, vec![e]);
            return 0;
        }
        let kind = match d.builder {
            Builder::TaskOf(k) | Builder::ValueTaskOf(k) => Some(k),
            _ => None,
        };
        let t = new_pending(kind);
        (*t).status = status;
        (*t).exceptions = vec![e].into();
        (*t).origin = d;
        if status == FAULTED {
            UNOBSERVED.with(|u| u.borrow_mut().push(t as Word));
        }
        *w = t as Word;
    }
    0
}

/// `builder.AwaitUnsafeOnCompleted(ref awaiter, ref this)`: boxes the state machine on the first
/// suspension (the one allocation), then registers its `MoveNext` as the continuation.
pub extern "C" fn sm_await(sm: *mut u8, awaiter: Word, kind: Word, desc: Word) -> Word {
    unsafe {
        let d = sm_desc(desc);
        // Set on the suspend path before this call: the await being suspended at.
        let state = state_of(sm);
        let b = ensure_box(sm, d);
        if crate::sites::observing() {
            crate::sites::observe_suspension(d, state, b as usize, kind == AWAIT_YIELD);
        }
        if kind == AWAIT_YIELD {
            crate::exec_ctx::capture_for(b);
            // `Task.Yield()` captures the context (a yield awaiter has no ConfigureAwait); a
            // context of the program gets the continuation through its `Post` at once.
            if !crate::sync_context::yield_to_program_context(b) {
                sched::suspend_for_yield(b);
            }
            return 0;
        }
        crate::exec_ctx::capture_for(b);
        // The context is captured unless the awaiter says ConfigureAwait(false).
        let ctx = sched::count_suspension_in_context();
        let t = from_word(awaiter);
        (*t).observed = true;
        let cont = if ctx == 0 || awaiter & NO_CONTEXT != 0 {
            Cont::Resume(b)
        } else if ctx == crate::sync_context::builtin() {
            if crate::sites::enabled() {
                dotnet_context_continuation(b);
            }
            Cont::Post(b)
        } else {
            match crate::sync_context::capture(ctx, b, t) {
                Some(c) => c,
                None => Cont::Resume(b),
            }
        };
        on_completed(t, cont);
    }
    0
}

/// The box of state machine `sm` (`d` its descriptor): made on its first suspension by copying
/// the frame into it (the one allocation), which from then on is the method's task.
///
/// # Safety
/// `sm` is a running state machine of descriptor `d`, its state set to the await it suspends at.
#[inline(always)]
pub(super) unsafe fn ensure_box(sm: *mut u8, d: &'static SmDesc) -> *mut Task {
    unsafe {
        let w = builder_word(sm);
        if *w != 0 {
            return *w as *mut Task;
        }
        let state = state_of(sm);
        let kind = match d.builder {
            Builder::TaskOf(k) | Builder::ValueTaskOf(k) => Some(k),
            _ => None,
        };
        let b = match pooled_box(d) {
            Some(b) => {
                if crate::sites::enabled() {
                    dotnet_box(d, state);
                }
                b
            }
            None => {
                let line = d.await_lines.get(state as usize).copied().unwrap_or(0);
                alloc_task_at(kind, d.size, crate::gc::Site::Box(&d.name, line))
            }
        };
        (*b).sm = d;
        let frame = (b as *mut u8).add(SM_OFFSET);
        std::ptr::copy_nonoverlapping(sm, frame, d.size);
        *w = b as Word;
        *builder_word(frame) = b as Word;
        b
    }
}
