//! The collector: non-moving mark-sweep over `heap.rs`. The heap side is precise (each object
//! kind knows its references: `trace.rs`); the stacks of the logical threads and their saved
//! registers are scanned conservatively, as Mono's SGen and JavaScriptCore do, so JIT code needs
//! no stack maps. Roots: those stacks, the statics, the scheduler's queues and timers, the
//! pending exception and the runtime's own in-flight values (`Roots`). docs/memory.md.
//!
//! Collections run only on a logical thread (where every stack is known), when the bytes
//! allocated since the last one reach the live size (at least `MIN_TRIGGER`), at every
//! allocation under `--gc-stress`, or before an allocation would pass `--max-heap`.

mod heap;
mod stats;
mod trace;

pub use stats::{box_sites, print_stats, Site};

use crate::object::{Kind, Word};
use heap::{Heap, ALLOCATED, MARKED};
use std::cell::RefCell;
use std::time::{Duration, Instant};

const MIN_TRIGGER: usize = 4 * 1024 * 1024;

#[derive(Default)]
struct Gc {
    heap: Heap,
    since: usize,
    trigger: usize,
    stress: bool,
    max_heap: Option<usize>,
    statics: Vec<(usize, usize)>,
    /// Values the runtime holds in Rust containers across a call that can allocate.
    roots: Vec<Word>,
    collections: u64,
    time: Duration,
    peak: usize,
    stats: stats::Stats,
    /// What .NET allocates beside `stats` (`count_dotnet_only`).
    dotnet_only: stats::Stats,
    /// What unawait allocates where .NET does not (`count_unawait_only`).
    unawait_only: stats::Stats,
    counting: bool,
    /// `Options::dotnet`.
    dotnet: bool,
    /// Bytes freed by `free`, without a collection.
    freed_early: u64,
}

thread_local! {
    static GC: RefCell<Gc> = RefCell::new(Gc { trigger: MIN_TRIGGER, ..Gc::default() });
}

fn with<R>(f: impl FnOnce(&mut Gc) -> R) -> R {
    GC.with(|g| f(&mut g.borrow_mut()))
}

pub struct Options {
    pub stress: bool,
    pub max_heap: Option<usize>,
    /// Count allocations by kind and site (`--stats`); off, allocation skips the bookkeeping.
    pub stats: bool,
    /// The module runs under .NET's model (`--model dotnet`): what .NET allocates and unawait
    /// does not (`count_dotnet_only`) counts in the table itself.
    pub dotnet: bool,
}

/// Starts a run: a fresh heap policy (objects of earlier runs on this thread stay valid).
pub fn configure(options: Options) {
    with(|g| {
        g.stress = options.stress;
        g.max_heap = options.max_heap;
        // The statics of an earlier run in this process may be gone (`unawait bench`, tests).
        g.statics.clear();
        g.counting = options.stats;
        g.dotnet = options.dotnet;
        g.trigger = MIN_TRIGGER;
        g.since = 0;
        g.stats = Default::default();
        g.dotnet_only = Default::default();
        g.unawait_only = Default::default();
        g.collections = 0;
        g.freed_early = 0;
        crate::task::reset_reuses();
        g.time = Duration::ZERO;
        g.peak = g.heap.used;
    });
}

/// Words at `ptr..ptr + 8 * len` are roots for as long as the program runs (the statics).
pub fn add_static_roots(ptr: *const u64, len: usize) {
    with(|g| {
        let range = (ptr as usize, len);
        if !g.statics.contains(&range) {
            g.statics.push(range);
        }
    });
}

/// Keeps `words` alive until the returned guard drops: for values the runtime holds only in a
/// Rust container while it calls something that can allocate.
pub fn root(words: &[Word]) -> Roots {
    with(|g| {
        let mark = g.roots.len();
        g.roots.extend_from_slice(words);
        Roots { mark }
    })
}

pub struct Roots {
    mark: usize,
}

impl Drop for Roots {
    fn drop(&mut self) {
        with(|g| g.roots.truncate(self.mark));
    }
}

/// A zeroed object of `size` bytes; null when the system is out of memory. `fallible`
/// allocations (strings, arrays, lists: sizes the program chooses) also fail past
/// `--max-heap`; the runtime's fixed-size objects never do, and count toward it.
pub fn alloc(size: usize, fallible: bool, site: Site) -> *mut u8 {
    let rounded = heap::rounded(size);
    // The common case takes one borrow: no collection due, no limit near.
    let fast = with(|g| {
        let over = g.max_heap.is_some_and(|m| g.heap.used + rounded > m);
        let due = g.stress || g.since + rounded >= g.trigger || over;
        (!due).then(|| allocate(g, size, rounded, site))
    });
    if let Some(p) = fast {
        return p;
    }
    if crate::sched::on_logical_thread() {
        collect_now();
    }
    with(|g| {
        if fallible && g.max_heap.is_some_and(|m| g.heap.used + rounded > m) {
            return std::ptr::null_mut();
        }
        allocate(g, size, rounded, site)
    })
}

fn allocate(g: &mut Gc, size: usize, rounded: usize, site: Site) -> *mut u8 {
    let p = g.heap.alloc(size);
    if !p.is_null() {
        g.since += rounded;
        g.peak = g.peak.max(g.heap.used);
        if g.counting {
            g.stats.count(site, rounded);
        }
    }
    p
}

/// Frees the object at `p` now, which the caller knows nothing references any more (a state
/// machine box whose only awaiter has read its result: `task::release_box`). Its bytes no
/// longer count toward the next collection: a program whose boxes are all released this way
/// never collects.
pub fn free(p: *mut u8) {
    with(|g| {
        let freed = g
            .heap
            .free(p as usize, |cell| unsafe { trace::finalize(cell) });
        g.since = g.since.saturating_sub(freed);
        g.freed_early += freed as u64;
    })
}

/// The bytes the heap takes for an object of `size` bytes (its size class, or rounded to 16
/// for a large object): what an allocation of that size costs.
pub fn allocated_size(size: usize) -> usize {
    heap::rounded(size)
}

/// A full collection.
pub fn collect_now() {
    let start = Instant::now();
    crate::task::drain_pools();
    let mut gray: Vec<usize> = Vec::new();
    // Registers first: a value the JIT keeps only in a callee-saved register must be seen.
    let regs = spill_registers();
    let mut conservative: Vec<(usize, usize)> = Vec::new();
    crate::sched::for_each_stack(&mut |lo, hi| conservative.push((lo, hi)));
    let mut precise: Vec<Word> = regs.to_vec();
    crate::sched::for_each_root(&mut |w| precise.push(w));
    crate::monitor::for_each_root(&mut |w| precise.push(w));
    crate::exec_ctx::for_each_root(&mut |w| precise.push(w));
    precise.push(crate::pending::peek());
    with(|g| {
        precise.extend_from_slice(&g.roots);
        for &(ptr, len) in &g.statics {
            let words = unsafe { std::slice::from_raw_parts(ptr as *const Word, len) };
            precise.extend_from_slice(words);
        }
        let heap = &g.heap;
        for &w in &precise {
            mark_word(heap, &mut gray, w);
        }
        for (lo, hi) in conservative {
            let mut p = lo & !7;
            while p + 8 <= hi {
                mark_word(heap, &mut gray, unsafe { *(p as *const Word) });
                p += 8;
            }
        }
        while let Some(obj) = gray.pop() {
            trace::refs(obj, &mut |w| mark_word(heap, &mut gray, w));
        }
    });
    crate::trace::retain(is_marked);
    with(|g| {
        g.heap.sweep(|obj| unsafe { trace::finalize(obj) });
        g.trigger = g.heap.used.max(MIN_TRIGGER);
        g.since = 0;
        g.collections += 1;
        g.time += start.elapsed();
    });
    std::hint::black_box(&regs);
}

/// Marks the object `w` refers to, if it is one of the heap's: a reference (possibly tagged in
/// its low bits), an inline `ValueTask` result holding a reference, or any stack word that
/// happens to point into an object.
fn mark_word(heap: &Heap, gray: &mut Vec<usize>, w: Word) {
    let candidate = if w & 1 == 1 {
        ((w as i64) >> 1) as usize
    } else {
        (w & !crate::object::TAG_MASK) as usize
    };
    if candidate < 4096 {
        return;
    }
    if let Some(obj) = heap.find(candidate) {
        let gc = unsafe { &mut *(obj as *mut u64).add(1) };
        if *gc & MARKED == 0 {
            *gc |= MARKED;
            gray.push(obj);
        }
    }
}

/// Whether the object `w` refers to survived the mark phase (for weak tables).
fn is_marked(w: Word) -> bool {
    GC.with(|g| {
        let g = g.borrow();
        g.heap
            .find((w & !crate::object::TAG_MASK) as usize)
            .is_none_or(|o| {
                let gc = unsafe { *(o as *const u64).add(1) };
                gc & (MARKED | ALLOCATED) != ALLOCATED
            })
    })
}

/// Callee-saved registers, written to memory the scan covers.
#[inline(never)]
fn spill_registers() -> [Word; 6] {
    let mut r = [0u64; 6];
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) r.as_mut_ptr(),
        );
    }
    std::hint::black_box(r)
}

/// The current stack pointer (approximately: this function's frame).
#[inline(never)]
pub fn stack_pointer() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Registers of a logical thread about to park, for `for_each_stack`'s caller to scan.
pub fn parked_registers() -> [Word; 6] {
    spill_registers()
}

pub struct Summary {
    pub collections: u64,
    /// Bytes of boxes a full pool handed back to the heap without a collection (`free`).
    pub freed_early: u64,
    pub time: Duration,
    pub peak: usize,
    pub used: usize,
}

/// Every object on the heap, live or not yet collected (for reports that look for tasks).
pub fn objects() -> Vec<usize> {
    with(|g| g.heap.objects())
}

pub fn summary() -> Summary {
    with(|g| Summary {
        collections: g.collections,
        freed_early: g.freed_early,
        time: g.time,
        peak: g.peak,
        used: g.heap.used,
    })
}

pub(crate) fn kind_of(obj: usize) -> Kind {
    unsafe { (*(obj as *const crate::object::Header)).desc.kind }
}

pub(crate) fn stats_snapshot() -> stats::Stats {
    with(|g| g.stats.clone())
}

/// Under `--stats`, an allocation .NET's runtime makes where unawait's makes none (a box its
/// pool served, a `Task<T>` for a result handed back inline, the timer of a `Task.Delay`): what
/// the `.NET` columns add, or under `--model dotnet` a row of the table itself.
pub fn count_dotnet_only(site: Site, size: usize) {
    with(|g| {
        if g.counting {
            let rounded = heap::rounded(size);
            match g.dotnet {
                true => g.stats.count_by_name(site, rounded),
                false => g.dotnet_only.count_by_name(site, rounded),
            }
        }
    });
}

/// Under `--stats`, an allocation unawait's runtime made where .NET's makes none (an async
/// iterator's box when it first suspends at a `yield return`, its resume `Action`, its promise
/// task, its body's delegate: .NET's iterator object is all of these): what the `.NET` columns
/// leave out, or under `--model dotnet` taken out of the table itself.
pub fn count_unawait_only(site: Site, size: usize) {
    with(|g| {
        if g.counting {
            let rounded = heap::rounded(size);
            match g.dotnet {
                true => g.stats.uncount(site, rounded),
                false => g.unawait_only.count_by_name(site, rounded),
            }
        }
    });
}

pub(crate) fn unawait_only_snapshot() -> stats::Stats {
    with(|g| g.unawait_only.clone())
}

pub(crate) fn dotnet_only_snapshot() -> stats::Stats {
    with(|g| g.dotnet_only.clone())
}

/// Whether `--stats` counts allocations.
pub fn counting() -> bool {
    with(|g| g.counting)
}
