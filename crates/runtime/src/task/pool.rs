//! The boxes of calls awaited directly, recycled (`release_box`): the awaiter of such a call
//! holds the only reference to its box, so once it has read the result the box goes back to a
//! pool of its method, and the method's next suspension reuses it instead of allocating (as
//! .NET's pooling builders do). A collection empties the pools (`drain_pools`).

use super::{from_word, is_inline, Cont, SmDesc, Task, PENDING, SUCCEEDED};
use crate::object::Word;
use std::cell::{Cell, RefCell};

/// Boxes a method keeps for reuse: enough for recursion a few levels deep.
const POOL_LIMIT: usize = 16;

thread_local! {
    /// The methods whose pools hold boxes: a collection empties them (`drain_pools`).
    static POOLED: RefCell<Vec<&'static SmDesc>> = const { RefCell::new(Vec::new()) };
    /// Suspensions that took their box from a pool (for `--stats`).
    static REUSED: Cell<u64> = const { Cell::new(0) };
}

/// How many suspensions reused a pooled box since the last `reset_reuses`.
pub fn reuses() -> u64 {
    REUSED.with(|r| r.get())
}

pub fn reset_reuses() {
    REUSED.with(|r| r.set(0));
}

/// How many methods are in the list of pools a collection empties (each at most once).
pub fn pools_listed() -> usize {
    POOLED.with(|p| p.borrow().len())
}

/// A finished box goes back to its method's pool, or, when that is full, to the heap. The
/// pool is a list linked through the boxes' result words.
pub(super) unsafe fn recycle(b: *mut Task) {
    let d = &*(*b).sm;
    let n = d.pooled.get();
    if n >= POOL_LIMIT {
        crate::gc::free(b as *mut u8);
        return;
    }
    // A reused box starts with no vectors (nearly always it never had any).
    (*b).exceptions.clear();
    (*b).continuations.clear();
    (*b).inputs.clear();
    if !d.pool_listed.replace(true) {
        POOLED.with(|p| p.borrow_mut().push(d));
    }
    (*b).result = d.pool.get() as Word;
    d.pool.set(b as usize);
    d.pooled.set(n + 1);
}

/// A box from `d`'s pool, reset to what a new one would be (the caller copies the frame in).
pub(super) unsafe fn pooled_box(d: &'static SmDesc) -> Option<*mut Task> {
    let b = d.pool.get() as *mut Task;
    if b.is_null() {
        return None;
    }
    d.pool.set((*b).result as usize);
    d.pooled.set(d.pooled.get() - 1);
    REUSED.with(|r| r.set(r.get() + 1));
    (*b).status = PENDING;
    (*b).observed = false;
    (*b).running = false;
    (*b).release_on_return = false;
    (*b).result = 0;
    (*b).origin = std::ptr::null();
    (*b).aggregate = 0;
    (*b).move_next_action = 0;
    (*b).dotnet_action = false;
    (*b).first = Cont::Nothing;
    (*b).remaining = 0;
    Some(b)
}

/// Empties every pool, before a collection: a pooled box is referenced by nothing else, so
/// the collection frees it (a box kept through a collection would need marking).
pub fn drain_pools() {
    let descs = POOLED.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for d in descs {
        d.pool.set(0);
        d.pooled.set(0);
        d.pool_listed.set(false);
    }
}

/// The awaiter of a directly awaited call (`await M()`, whose task nothing else can reach)
/// has read the result of the box `w`: the box is garbage, so it is freed now instead of at
/// the next collection (or, if its `MoveNext` is still on the stack, when that returns). The
/// JIT calls this only where the task word came straight from the call.
pub extern "C" fn release_box(w: Word) -> Word {
    let t = from_word(w);
    unsafe {
        if is_inline(w) || (*t).sm.is_null() || (*t).status != SUCCEEDED {
            return 0;
        }
        if (*t).running {
            (*t).release_on_return = true;
        } else {
            recycle(t);
        }
    }
    0
}
