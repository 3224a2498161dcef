//! Each logical thread's `SynchronizationContext.Current` and `TaskScheduler.Current`, and
//! the one flag that keeps them off the hot paths until a program installs its own.

use super::with;
use crate::object::Word;

/// Whether code running now has a SynchronizationContext to capture: the main thread's, under
/// `--sync-context single`.
pub fn has_context() -> bool {
    with(|s| s.in_builtin_context())
}

/// `SynchronizationContext.Current` of the running logical thread (0: none).
pub fn current_context() -> Word {
    with(|s| s.context())
}

/// The TaskScheduler of the program whose task the running thread runs (0: the default).
pub fn current_scheduler() -> Word {
    with(|s| match s.threads.get(s.current) {
        Some(t) if s.in_thread => t.scheduler,
        _ => 0,
    })
}

/// Sets `current_scheduler`; returns the one it replaces.
pub fn set_current_scheduler(scheduler: Word) -> Word {
    if scheduler != 0 {
        PROGRAM_SCHEDULING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    with(|s| match s.threads.get_mut(s.current) {
        Some(t) if s.in_thread => std::mem::replace(&mut t.scheduler, scheduler),
        _ => 0,
    })
}

/// Set once a SynchronizationContext or TaskScheduler of the program is installed: until then
/// a `Task.Yield()` needs no look at the thread's context (`sync_context.rs`).
pub static PROGRAM_SCHEDULING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// `SynchronizationContext.SetSynchronizationContext`.
pub fn set_current_context(ctx: Word) {
    if ctx != 0 && ctx != crate::sync_context::builtin() {
        PROGRAM_SCHEDULING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    with(|s| {
        if s.in_thread {
            let me = s.current;
            s.threads[me].sync_ctx = ctx;
        }
    })
}
