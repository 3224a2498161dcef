//! What a call of an async method allocates, as typed data keyed by ids: the cost of its
//! synchronous path (which completed tasks .NET caches), the box of its first real suspension,
//! whether its callers give that box back to the method's pool, and the allocations of its own
//! code (`sites.rs`: arrays, lists, enumerators, the library's tasks, the boxes of the methods
//! it calls), with the loops that repeat them.
//!
//! These facts need the lowered module (a frame's size, which calls are awaited directly, which
//! wrappers are elided) and the runtime's object sizes, which this crate does not depend on:
//! the caller passes both in (`ObjectSizes`), so the same facts serve the runtime's sizes and
//! the snapshot tests' fixed ones. Words for them are `explain`'s.

mod sites;
mod succeeds;

use std::collections::HashMap;

use unawait_sema::hir::{AsyncKind, MethodId};
use unawait_sema::types::Ty;
use unawait_smir::{Callee, Inst, MethodKind, Module};
use unawait_syntax::Span;

use crate::library::const_int;
use crate::Facts;

pub use sites::{Alloc, AllocKind, AllocSite, ArrayLen, At, LibraryAlloc};

/// The heap's size of each object the facts count, size class included. The runtime's own
/// sizes live in the runtime, which the middle end must not depend on.
pub trait ObjectSizes {
    fn task(&self) -> u64;
    /// An array of `len` elements (8 bytes each) with its header.
    fn array(&self, len: u64) -> u64;
    /// A list object (its items are a separate buffer).
    fn list(&self) -> u64;
    /// The enumerator of a foreach over a list.
    fn enumerator(&self) -> u64;
    /// The box of a suspended call: the task, the state machine's state and builder, the frame.
    fn boxed(&self, frame_bytes: u32) -> u64;
    /// An object of one of the program's classes of `bytes` (`ClassLayout::size`).
    fn object(&self, bytes: u32) -> u64;
    /// A delegate (a lambda, a local function or a method group made a value).
    fn delegate(&self) -> u64;
}

/// What completing a call without suspending costs, by the method's return type: .NET caches
/// some completed tasks (`AsyncTaskMethodBuilder`, `GetTaskForResult`), and a result awaited
/// directly comes back inline without one (docs/runtime.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncPathCost {
    /// Every call suspends: there is no synchronous path to pay for.
    NeverSynchronous,
    /// Every call that succeeds suspends (a must-suspend await is on each path to a return);
    /// only a call that fails before then completes synchronously, with a faulted task.
    OnlyFailing,
    /// `Task`: the cached `Task.CompletedTask`.
    CachedCompletedTask,
    /// `ValueTask`, `ValueTask<T>`: the result is held inline, no task.
    InlineValueTask,
    /// `Task<bool>`: both completed tasks are cached.
    CachedBool,
    /// `Task<int>`: the completed tasks of -1..8 are cached; free on every path when every
    /// `return` is a constant in that range.
    SmallIntCache { all_returns_small: bool },
    /// `Task<T>` for another `T`: a new completed task, except `default(T)` for the types
    /// whose default .NET caches.
    CompletedTaskOf {
        result: Ty,
        cached: Option<CachedDefault>,
    },
    /// `async void`: no task at all.
    NoTask,
    /// An async kind the report does not model (async streams).
    Unmodelled,
}

/// The `default(T)` whose completed `Task<T>` .NET caches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CachedDefault {
    /// `0L` of a `long`.
    Zero,
    /// `null` of a reference type.
    Null,
}

/// Whether a call's box goes back to the method's pool (docs/runtime.md): only the box of a
/// call awaited directly, and only when the call succeeds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pooling {
    /// Call sites in the lowered program that await the call directly.
    pub awaited_directly: usize,
    /// All call sites in the lowered program.
    pub call_sites: usize,
    /// The first place a call can fail (throw or be canceled), if any: a failed call keeps
    /// its box.
    pub fails_at: Option<Span>,
}

/// The allocations of one call of an async method.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodAllocs {
    pub sync_path: SyncPathCost,
    /// The synchronous path's bytes; `None` when there is none.
    pub sync_bytes: Option<u64>,
    /// The size of a suspended call's box, when the method has a state machine.
    pub box_bytes: Option<u64>,
    /// The box allocated at the first real suspension: `box_bytes`, unless no call suspends.
    pub suspend_box: Option<u64>,
    pub pooling: Pooling,
    /// Awaits that skip this `return await` wrapper and call what it awaits themselves
    /// (docs/lowering.md, pass 7): no box there.
    pub elided_at: usize,
    /// The allocations of the method's own code, in the order of the walk (loops' enumerators
    /// first).
    pub sites: Vec<AllocSite>,
}

/// The allocation facts of every async method, indexed by `MethodId`.
pub struct Allocations {
    pub methods: Vec<Option<MethodAllocs>>,
}

impl Allocations {
    pub fn compute(facts: &Facts<'_>, module: &Module, sizes: &dyn ObjectSizes) -> Allocations {
        let program = facts.program;
        let calls = call_sites(module, program.methods.len());
        let elided = elided_wrappers(module);
        let only_failing = succeeds::only_by_suspending(facts);
        let methods = program
            .methods
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let id = MethodId(i as u32);
                m.is_async.then(|| {
                    let name = module.methods.get(i).map(|l| l.name.as_str());
                    let elided_at = name.and_then(|n| elided.get(n)).copied().unwrap_or(0);
                    method(
                        facts,
                        module,
                        sizes,
                        id,
                        calls[i],
                        elided_at,
                        only_failing[i],
                    )
                })
            })
            .collect();
        Allocations { methods }
    }

    pub fn of(&self, m: MethodId) -> Option<&MethodAllocs> {
        self.methods.get(m.0 as usize)?.as_ref()
    }
}

fn method(
    facts: &Facts<'_>,
    module: &Module,
    sizes: &dyn ObjectSizes,
    id: MethodId,
    (awaited_directly, call_sites): (usize, usize),
    elided_at: usize,
    only_failing: bool,
) -> MethodAllocs {
    let class = facts.class(id).cloned().unwrap_or_default();
    let (sync_path, sync_bytes) = if class.always.is_some() {
        (SyncPathCost::NeverSynchronous, None)
    } else if only_failing {
        (SyncPathCost::OnlyFailing, Some(sizes.task()))
    } else {
        let cost = sync_path(facts, id);
        let bytes = match cost {
            SyncPathCost::SmallIntCache {
                all_returns_small: false,
            }
            | SyncPathCost::CompletedTaskOf { .. } => sizes.task(),
            _ => 0,
        };
        (cost, Some(bytes))
    };
    let box_bytes = box_of(module, id).map(|frame| sizes.boxed(frame));
    MethodAllocs {
        sync_path,
        sync_bytes,
        box_bytes,
        suspend_box: box_bytes.filter(|_| class.never.is_none()),
        pooling: Pooling {
            awaited_directly,
            call_sites,
            fails_at: class.may_fail,
        },
        elided_at,
        sites: sites::sites(facts, module, sizes, id),
    }
}

/// The frame bytes of method `id`'s state machine, when the lowering kept an await (only then
/// does a call have a box).
fn box_of(module: &Module, id: MethodId) -> Option<u32> {
    match module.methods.get(id.0 as usize).map(|l| &l.kind) {
        Some(MethodKind::Async(sm)) if !sm.awaits.is_empty() => Some(sm.frame.bytes),
        _ => None,
    }
}

/// Whether a call of the async method `id` can return normally without suspending: some
/// `return` or the end of the body is reached without passing an await that must suspend
/// (catch clauses count as entered anywhere in their `try`). True for other methods.
fn sync_path(facts: &Facts<'_>, id: MethodId) -> SyncPathCost {
    match &facts.program.method(id).async_kind {
        AsyncKind::Task => SyncPathCost::CachedCompletedTask,
        AsyncKind::ValueTask | AsyncKind::ValueTaskOf(_) => SyncPathCost::InlineValueTask,
        AsyncKind::TaskOf(Ty::Bool) => SyncPathCost::CachedBool,
        AsyncKind::TaskOf(Ty::Int) => {
            let returns = &facts.walks[id.0 as usize].returns;
            SyncPathCost::SmallIntCache {
                all_returns_small: !returns.is_empty()
                    && returns
                        .iter()
                        .all(|r| r.value.and_then(const_int).is_some_and(small_int)),
            }
        }
        AsyncKind::TaskOf(t) => SyncPathCost::CompletedTaskOf {
            result: t.clone(),
            // .NET caches the default of these primitive types (`AsyncTaskCache`).
            cached: if matches!(t, Ty::Long | Ty::ULong | Ty::UInt | Ty::Char | Ty::Small(_)) {
                Some(CachedDefault::Zero)
            } else if t.is_reference_type() {
                Some(CachedDefault::Null)
            } else {
                None
            },
        },
        AsyncKind::Void => SyncPathCost::NoTask,
        _ => SyncPathCost::Unmodelled,
    }
}

/// The `int`s whose completed `Task<int>` .NET caches.
fn small_int(v: i64) -> bool {
    (-1..=8).contains(&v)
}

/// Per method of the program: its calls in the lowered module (awaited directly, all).
fn call_sites(module: &Module, methods: usize) -> Vec<(usize, usize)> {
    let mut sites = vec![(0, 0); methods];
    let insts = module
        .methods
        .iter()
        .flat_map(|m| m.body.blocks.iter().flat_map(|b| &b.insts));
    for inst in insts {
        if let Inst::Call {
            callee:
                Callee::User {
                    id,
                    awaited_directly,
                    ..
                },
            ..
        } = inst
        {
            if let Some(s) = sites.get_mut(*id as usize) {
                s.0 += usize::from(*awaited_directly);
                s.1 += 1;
            }
        }
    }
    sites
}

/// How many awaits of the lowered module skip each `return await` wrapper, by its lowered
/// name (what an elision records).
fn elided_wrappers(module: &Module) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    let awaits = module.methods.iter().filter_map(|m| match &m.kind {
        MethodKind::Async(sm) => Some(&sm.awaits),
        MethodKind::Sync => None,
    });
    for aw in awaits.flatten() {
        // An await skips a wrapper once, however often its chain names it.
        let mut names: Vec<&str> = aw.elided.iter().map(|e| e.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        for n in names {
            *counts.entry(n).or_insert(0) += 1;
        }
    }
    counts
}
