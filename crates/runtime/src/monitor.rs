//! `System.Threading.Monitor`, what C#'s `lock (o) { ... }` calls (`Monitor.Enter(o)` before
//! the body, `Monitor.Exit(o)` in its `finally`).
//!
//! Objects have no header word for a lock: the locks held are a side table keyed by the object's
//! address, an entry per object that is held or waited for. A held object is a root of the
//! collector (its lock must not outlive it, nor pass to an object allocated at its address), and
//! so are the tasks of the threads waiting for it.
//!
//! Ownership is by logical thread (`Environment.CurrentManagedThreadId`) and re-entrant, as
//! .NET's monitors are. Logical threads switch only when one blocks, and a lock body cannot
//! await (CS1996), so another thread meets a held lock only when the holder blocked inside its
//! body (`Thread.Sleep`, `.Wait()`, `.Result`): the newcomer then blocks (`sched::block_on`) on a
//! task of its own, queued FIFO, and the releasing thread hands the lock to the first waiter
//! before waking it. A lock nobody can release ends in the scheduler's deadlock report.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use crate::exception;
use crate::object::{self, Word};
use crate::sched;
use crate::task::{self, Task, SUCCEEDED};
use crate::{entry_list, Entry};

struct Held {
    owner: i32,
    count: u32,
    /// Threads blocked in `Enter`: their managed ids and the tasks they block on.
    waiters: VecDeque<(i32, *mut Task)>,
    /// Threads in `Monitor.Wait`, which gave the lock up until a `Pulse`: the tasks they
    /// block on, in order.
    pulse_waiters: VecDeque<*mut Task>,
}

thread_local! {
    static LOCKS: RefCell<HashMap<Word, Held>> = RefCell::new(HashMap::new());
}

/// The held objects and the waiters' tasks (gc/mod.rs).
pub(crate) fn for_each_root(f: &mut dyn FnMut(Word)) {
    LOCKS.with(|l| {
        for (&o, h) in l.borrow().iter() {
            f(o);
            h.waiters.iter().for_each(|&(_, t)| f(t as Word));
            h.pulse_waiters.iter().for_each(|&t| f(t as Word));
        }
    });
}

/// `Monitor.Enter(obj)`: takes the lock, re-entering it when this thread holds it, or blocks
/// until its holder hands it over. `site` is the calling method, for deadlock reports.
extern "C" fn enter(o: Word, site: Word) -> Word {
    if object::is_null(o) {
        return exception::throw_argument_null("obj");
    }
    let me = sched::current_managed_id();
    let must_wait = LOCKS.with(|l| {
        let mut l = l.borrow_mut();
        let h = l.entry(o).or_insert(Held {
            owner: me,
            count: 0,
            waiters: VecDeque::new(),
            pulse_waiters: VecDeque::new(),
        });
        if h.count == 0 || h.owner == me {
            h.owner = me;
            h.count += 1;
            false
        } else {
            true
        }
    });
    if !must_wait {
        return 0;
    }
    // `o` is held, hence a root, while the task is allocated.
    let t = task::new_pending(None);
    task::set_source(t, task::Source::Monitor);
    LOCKS.with(|l| {
        if let Some(h) = l.borrow_mut().get_mut(&o) {
            h.waiters.push_back((me, t));
        }
    });
    // `exit` made this thread the owner before completing `t`.
    sched::block_on(t, site);
    0
}

/// `Monitor.Exit(obj)`: releases one level of the lock; the last one hands it to the first
/// waiter, if any. SynchronizationLockException when this thread does not hold it.
extern "C" fn exit(o: Word) -> Word {
    if object::is_null(o) {
        return exception::throw_argument_null("obj");
    }
    let me = sched::current_managed_id();
    enum Outcome {
        NotHeld,
        Released,
        HandedTo(*mut Task),
    }
    let outcome = LOCKS.with(|l| {
        let mut l = l.borrow_mut();
        let Some(h) = l.get_mut(&o).filter(|h| h.count > 0 && h.owner == me) else {
            return Outcome::NotHeld;
        };
        h.count -= 1;
        if h.count > 0 {
            return Outcome::Released;
        }
        match h.waiters.pop_front() {
            Some((next, t)) => {
                h.owner = next;
                h.count = 1;
                Outcome::HandedTo(t)
            }
            None => {
                if h.pulse_waiters.is_empty() {
                    l.remove(&o);
                }
                Outcome::Released
            }
        }
    });
    match outcome {
        Outcome::NotHeld => exception::throw_new(&exception::SYNCHRONIZATION_LOCK, None),
        Outcome::Released => 0,
        Outcome::HandedTo(t) => {
            // The waiter's task is held by its blocked thread's stack.
            task::complete(t, SUCCEEDED, 0, Vec::new());
            0
        }
    }
}

/// `Monitor.IsEntered(obj)`: whether this thread holds the lock.
extern "C" fn is_entered(o: Word) -> Word {
    if object::is_null(o) {
        return exception::throw_argument_null("obj");
    }
    let me = sched::current_managed_id();
    LOCKS.with(|l| {
        l.borrow()
            .get(&o)
            .is_some_and(|h| h.count > 0 && h.owner == me) as Word
    })
}

/// `Monitor.Wait(obj)`: gives the lock up entirely, blocks until a `Pulse` picks this thread,
/// then takes the lock back (as many times as it held it) and returns true.
extern "C" fn wait(o: Word, site: Word) -> Word {
    if object::is_null(o) {
        return exception::throw_argument_null("obj");
    }
    let me = sched::current_managed_id();
    let held = LOCKS.with(|l| {
        l.borrow()
            .get(&o)
            .filter(|h| h.count > 0 && h.owner == me)
            .map(|h| h.count)
    });
    let Some(count) = held else {
        return exception::throw_new(&exception::SYNCHRONIZATION_LOCK, None);
    };
    // `o` is held, hence a root, while the task is allocated.
    let t = task::new_pending(None);
    task::set_source(t, task::Source::Monitor);
    LOCKS.with(|l| {
        if let Some(h) = l.borrow_mut().get_mut(&o) {
            h.pulse_waiters.push_back(t);
            h.count = 1;
        }
    });
    exit(o);
    sched::block_on(t, site);
    enter(o, site);
    LOCKS.with(|l| {
        if let Some(h) = l.borrow_mut().get_mut(&o) {
            h.count = count;
        }
    });
    1
}

/// `Monitor.Pulse(obj)` / `PulseAll(obj)`: the first (every) thread in `Wait` goes on to take
/// the lock back, once this thread releases it.
fn pulse(o: Word, all: bool) -> Word {
    if object::is_null(o) {
        return exception::throw_argument_null("obj");
    }
    let me = sched::current_managed_id();
    let woken = LOCKS.with(|l| {
        let mut l = l.borrow_mut();
        let h = l.get_mut(&o).filter(|h| h.count > 0 && h.owner == me)?;
        let n = if all { h.pulse_waiters.len() } else { 1 };
        Some(
            h.pulse_waiters
                .drain(..n.min(h.pulse_waiters.len()))
                .collect::<Vec<_>>(),
        )
    });
    let Some(woken) = woken else {
        return exception::throw_new(&exception::SYNCHRONIZATION_LOCK, None);
    };
    for t in woken {
        // The woken thread's stack holds its task.
        task::complete(t, SUCCEEDED, 0, Vec::new());
    }
    0
}

extern "C" fn pulse_one(o: Word) -> Word {
    pulse(o, false)
}

extern "C" fn pulse_all(o: Word) -> Word {
    pulse(o, true)
}

type F1 = extern "C" fn(Word) -> Word;
type F2 = extern "C" fn(Word, Word) -> Word;

pub fn entries() -> Vec<Entry> {
    entry_list! {
        "Monitor.Enter(object)" => enter as F2, Site;
        "Monitor.Exit(object)" => exit as F1, None;
        "Monitor.IsEntered(object)" => is_entered as F1, None;
        "Monitor.Wait(object)" => wait as F2, Site;
        "Monitor.Pulse(object)" => pulse_one as F1, None;
        "Monitor.PulseAll(object)" => pulse_all as F1, None;
    }
}
