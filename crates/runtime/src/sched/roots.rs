//! What the collector needs of the scheduler: every logical thread's stack in use, and the
//! references the scheduler holds (queued work, live timers, parked threads' registers).

use super::{with, TimerAction, Work};
use crate::object::Word;

/// The stack ranges in use of every logical thread: the running one from `sp` up, the parked
/// ones from where they parked.
pub fn for_each_stack(f: &mut dyn FnMut(usize, usize)) {
    let sp = crate::gc::stack_pointer();
    with(|s| {
        for (i, t) in s.threads.iter().enumerate() {
            if i == s.current && s.in_thread {
                f(sp, t.stack_base);
            } else if t.coro.is_some() {
                f(t.parked_sp, t.stack_base);
            }
        }
    });
}

/// The scheduler's references: queued work, live timers, parked threads' registers.
pub fn for_each_root(f: &mut dyn FnMut(Word)) {
    crate::task::unobserved_roots(f);
    with(|s| {
        for w in s.work.iter().chain(&s.context_queue) {
            match w {
                Work::Resume(b) => f(*b as Word),
                Work::Timer(a) => timer_root(a, f),
                Work::Continue(c, done) => {
                    crate::task::cont_roots(c, f);
                    f(*done as Word);
                }
                Work::Raise(e) => f(*e),
                Work::Run(d, t, _, token) => {
                    f(*d);
                    f(*t as Word);
                    f(*token);
                }
                Work::Parallel(state, _) => f(*state),
                Work::Callback(d, state) => {
                    f(*d);
                    f(*state);
                }
            }
        }
        for t in s.timer_list.iter().filter(|t| t.live) {
            timer_root(&t.action, f);
        }
        for t in s.threads.iter().filter(|t| t.coro.is_some()) {
            t.parked_regs.iter().for_each(|&r| f(r));
            f(t.context);
        }
        for t in s.threads.iter().filter(|t| t.object != 0) {
            f(t.object);
        }
        for t in s.threads.iter().filter(|t| t.sync_ctx != 0) {
            f(t.sync_ctx);
        }
        for t in s.threads.iter().filter(|t| t.scheduler != 0) {
            f(t.scheduler);
        }
    });
}

fn timer_root(a: &TimerAction, f: &mut dyn FnMut(Word)) {
    match a {
        TimerAction::CompleteDelay(t) => f(*t as Word),
        TimerAction::Cancel(cts) => f(*cts),
        TimerAction::SemaphoreTimeout(s, t) => {
            f(*s);
            f(*t as Word);
        }
    }
}
