//! The explanation printed when no logical thread can run and no timer can fire: which thread
//! blocks where, on which task, and what that task waits for, down its chain of awaits. This is
//! the classic "sync over async" deadlock of a UI app, which .NET leaves as a silent hang.

use crate::object::Word;
use crate::sched;
use crate::task;

pub fn report() -> String {
    let mut out = String::from("deadlock detected: no thread can run and no timer is pending\n");
    let mut context_blocked = false;
    for (id, is_main, blocked) in sched::blocked_threads() {
        let Some((t, site)) = blocked else { continue };
        let who = if is_main {
            format!("the main thread (id {id})")
        } else {
            format!("pool thread {id}")
        };
        let place = if site == 0 {
            "its message loop".to_string()
        } else {
            unsafe { crate::string::as_str(site) }.to_string()
        };
        out.push_str(&format!(
            "  {who} blocks in {place}, waiting for {}\n",
            task_name(t)
        ));
        let mut current = t;
        for _ in 0..32 {
            let Some((method, line, awaited)) = task::suspension_of(current) else {
                if task::is_pending(task::from_word(current)) && current != t {
                    out.push_str("    which nothing will ever complete\n");
                }
                break;
            };
            if sched::posted_to_context(current) {
                out.push_str(&format!(
                    "    {method} is ready to resume after the await at line {line}, but its continuation is posted to the main thread's SynchronizationContext\n"
                ));
                context_blocked |= is_main;
                break;
            }
            out.push_str(&format!(
                "    {method} is suspended at the await at line {line}, waiting for {}\n",
                task_name(awaited)
            ));
            if awaited == 0 {
                break;
            }
            current = awaited;
        }
    }
    if context_blocked {
        out.push_str(
            "  the main thread would run that continuation, but it is blocked waiting for the task the continuation would complete\n  hint: `await` the task instead of blocking on it, or use ConfigureAwait(false) in the awaited method so its continuation runs on the pool\n",
        );
    } else if sched::context_queue_len() > 0 {
        out.push_str("  continuations are posted to the main thread's SynchronizationContext, which is blocked\n");
    }
    out
}

fn task_name(t: Word) -> String {
    match task::suspension_of(t) {
        Some((method, _, _)) => format!("the task of {method}"),
        None if t == 0 => "nothing".into(),
        None => "a task".into(),
    }
}
