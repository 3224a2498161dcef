//! Faults nobody observed: every faulted task is remembered until something awaits it, waits on
//! it or reads its exception; those left at exit are reported on stderr (`report_unobserved`).

use super::{Task, Word, FAULTED};

thread_local! {
    /// Faulted tasks, until something observes them (`unobserved_roots` drops those).
    pub(super) static UNOBSERVED: std::cell::RefCell<Vec<Word>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The faulted tasks nobody observed yet, kept alive so that the report at exit can describe
/// them; those observed since the last collection are dropped.
pub fn unobserved_roots(f: &mut dyn FnMut(Word)) {
    UNOBSERVED.with(|u| {
        let mut u = u.borrow_mut();
        u.retain(|&t| unsafe { !(*(t as *const Task)).observed });
        u.iter().for_each(|&t| f(t));
    });
}

/// Reports, on stderr, each faulted task whose exception nobody awaited, waited for or read
/// (`warning: unobserved task exception: ...`); returns how many.
pub fn report_unobserved() -> usize {
    let tasks: Vec<Word> = UNOBSERVED.with(|u| std::mem::take(&mut *u.borrow_mut()));
    let mut n = 0;
    for t in tasks {
        let t = t as *const Task;
        unsafe {
            if (*t).observed || (*t).status != FAULTED {
                continue;
            }
            let desc = if (*t).sm.is_null() {
                (*t).origin
            } else {
                (*t).sm
            };
            let from = if desc.is_null() {
                String::new()
            } else {
                format!(" (task from {} at line {})", (*desc).name, (*desc).line)
            };
            for &e in (*t).exceptions.iter() {
                eprintln!(
                    "warning: unobserved task exception: {}{from}",
                    crate::exception::describe(e)
                        .lines()
                        .next()
                        .unwrap_or_default()
                );
            }
            n += 1;
        }
    }
    n
}
