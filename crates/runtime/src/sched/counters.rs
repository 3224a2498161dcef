//! What the scheduler counts for `--stats`: suspensions, where continuations went (inline,
//! the pool, a SynchronizationContext), pool work items, timers, thread hops.

use super::with;

pub struct Counters {
    pub suspensions: u64,
    /// Continuations run inline on the thread that completed what they awaited.
    pub inline: u64,
    /// Resumptions queued to the pool.
    pub scheduled: u64,
    /// Work posted to a SynchronizationContext.
    pub posts: u64,
    /// Work items queued to the pool, of every kind.
    pub pool_items: u64,
    pub timers_fired: u64,
    /// Resumptions on another logical thread than the one the method suspended on
    /// (counted with the awaits, `sites::thread_hops`).
    pub hops: u64,
    pub threads: usize,
}

pub fn counters() -> Counters {
    with(|s| Counters {
        suspensions: s.suspensions,
        inline: INLINE_CONTINUATIONS.with(|c| c.get()),
        scheduled: s.scheduled_continuations,
        posts: s.context_posts,
        pool_items: s.pool_items,
        timers_fired: s.timers_fired,
        hops: crate::sites::thread_hops(),
        threads: s.threads_used.max(s.threads.len()),
    })
}

thread_local! {
    /// Continuations run inline (`--stats`): a cell of its own, counted on the path of every
    /// completion without borrowing the scheduler.
    static INLINE_CONTINUATIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A continuation handed to a context or a task scheduler of the program (`--stats`).
pub fn count_context_post() {
    with(|s| s.context_posts += 1);
}

pub fn count_inline_continuation() {
    INLINE_CONTINUATIONS.with(|c| c.set(c.get() + 1));
}

/// A new run counts from zero.
pub(super) fn reset_inline_continuations() {
    INLINE_CONTINUATIONS.with(|c| c.set(0));
}
