//! The allocations of a method's own code: what each expression (or `foreach` loop) puts on the
//! heap, how many bytes when the size is known, and whether a loop repeats it. Allocations of
//! the same cost on exclusive paths are one site: a call makes only one of them.

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::builtins::{library, Owner};
use unawait_sema::hir::{self, BuiltinId, Callee, ExprId, ExprKind, MethodId};
use unawait_sema::types::{Lib, Ty};
use unawait_smir::Module;
use unawait_syntax::Span;

use super::{box_of, small_int, ObjectSizes};
use crate::library::const_int;
use crate::paths::every_iteration;
use crate::walk::{MethodWalk, Pos};
use crate::Facts;

/// What makes an allocation: a loop (by its index in `MethodWalk::loops`) or an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Loop(usize),
    Expr(ExprId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alloc {
    pub at: At,
    /// The loop statement or the expression, for where in the source.
    pub span: Span,
    pub kind: AllocKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AllocKind {
    /// A foreach over a list runs through an enumerator object (an array is indexed in place).
    ForeachEnumerator {
        collection: Span,
    },
    NewArray {
        elem: Ty,
        len: ArrayLen,
    },
    /// An array initializer with its items.
    ArrayInit {
        elem: Ty,
        items: usize,
    },
    List {
        ty: Ty,
    },
    /// Another object of the library, of a size the facts do not know.
    Object {
        ty: Ty,
    },
    /// `new C(...)` of one of the program's classes (its constructor's own allocations are
    /// the constructor's).
    NewObject {
        ty: Ty,
    },
    /// A member of the library whose annotation says it makes a task or an array.
    Library {
        member: BuiltinId,
        makes: LibraryAlloc,
    },
    /// A delegate made of a lambda, a local function or a method group (`<>c`'s cached one
    /// of a lambda that captures nothing is made once, and counts only then).
    Delegate {
        method: MethodId,
    },
    /// A call of an async method that may suspend: its box, when it does.
    CallBox {
        callee: MethodId,
        box_bytes: u64,
        always_suspends: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArrayLen {
    Const(u64),
    /// Known only at run time: the size expression.
    Runtime {
        size: Span,
    },
}

/// What a member of the library allocates, from its behaviour in sema's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryAlloc {
    /// `Task.WhenAll`: its task (of this type), and for a `Task<T[]>` the result array when it
    /// completes.
    WhenAll {
        task: Ty,
    },
    WhenAny {
        task: Ty,
    },
    /// A delay that is not constant 0: a task and a timer.
    Timer,
    /// A completed task that is none of the cached ones.
    Completed {
        task: Ty,
    },
    /// An array (`ToArray()`).
    Array,
    /// The task of a `ValueTask` that holds a value (`AsTask()`).
    TaskOfValueTask,
    /// A new object of the type the member returns (a `Task.Run` task, a LINQ query, a list):
    /// its size is not known here.
    Object {
        ty: Ty,
    },
}

/// One allocation a call makes, or one of several of the same cost on exclusive paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllocSite {
    /// The allocation, or the alternatives a call makes one of, in source order; every one
    /// has the same cost (`AllocKind::same_cost`).
    pub made_by: Vec<Alloc>,
    pub bytes: Option<u64>,
    /// Inside a loop (for a foreach's enumerator: a loop inside another).
    pub per_iteration: bool,
    /// Inside a loop, made by every iteration (not under a condition in the loop's body).
    pub every_iteration: bool,
}

impl AllocKind {
    /// Two allocations cost the same and so read as alternatives: the same object from the
    /// library, or the box of calls with the same size and the same certainty. Allocations
    /// named by their own shape (arrays, lists) are never alternatives.
    pub fn same_cost(&self, other: &AllocKind) -> bool {
        match (self, other) {
            (AllocKind::Library { makes: a, .. }, AllocKind::Library { makes: b, .. }) => a == b,
            (
                AllocKind::CallBox {
                    box_bytes: a,
                    always_suspends: x,
                    ..
                },
                AllocKind::CallBox {
                    box_bytes: b,
                    always_suspends: y,
                    ..
                },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

/// An allocation found by the walk, with its position while alternatives are grouped.
struct Found {
    alloc: Alloc,
    bytes: Option<u64>,
    per_iteration: bool,
    /// `None` for a foreach's enumerator, which has no alternatives.
    pos: Option<Pos>,
}

pub(super) fn sites(
    facts: &Facts<'_>,
    module: &Module,
    sizes: &dyn ObjectSizes,
    id: MethodId,
) -> Vec<AllocSite> {
    let walk = &facts.walks[id.0 as usize];
    let mut found = Vec::new();
    for (lp, l) in walk.loops.iter().enumerate() {
        if let hir::StmtKind::Foreach {
            kind: hir::ForeachKind::List,
            collection,
            ..
        } = &l.stmt.kind
        {
            // The enumerator is made once per run of the loop: per iteration only of a loop
            // around it.
            let nested = walk.loops.iter().enumerate().any(|(o, outer)| {
                o != lp
                    && outer.stmt.span.start < l.stmt.span.start
                    && l.stmt.span.end <= outer.stmt.span.end
            });
            found.push(Found {
                alloc: Alloc {
                    at: At::Loop(lp),
                    span: walk.loop_span(lp),
                    kind: AllocKind::ForeachEnumerator {
                        collection: collection.span,
                    },
                },
                bytes: Some(sizes.enumerator()),
                per_iteration: nested,
                pos: None,
            });
        }
    }
    for c in &walk.calls {
        if let Some((kind, bytes)) = allocation(facts, module, sizes, c.expr) {
            found.push(Found {
                alloc: Alloc {
                    at: At::Expr(c.expr.id),
                    span: c.expr.span,
                    kind,
                },
                bytes,
                per_iteration: !c.pos.loops.is_empty(),
                pos: Some(c.pos.clone()),
            });
        }
    }
    alternatives(walk, found)
}

/// What expression `e` allocates, and its bytes when they are known before it runs.
fn allocation(
    facts: &Facts<'_>,
    module: &Module,
    sizes: &dyn ObjectSizes,
    e: &hir::Expr,
) -> Option<(AllocKind, Option<u64>)> {
    let task = |makes: LibraryAlloc, member: BuiltinId| {
        Some((AllocKind::Library { member, makes }, Some(sizes.task())))
    };
    match &e.kind {
        ExprKind::NewArray { elem, size } => Some(match const_int(size) {
            Some(n) if n >= 0 => (
                AllocKind::NewArray {
                    elem: elem.clone(),
                    len: ArrayLen::Const(n as u64),
                },
                Some(sizes.array(n as u64)),
            ),
            _ => (
                AllocKind::NewArray {
                    elem: elem.clone(),
                    len: ArrayLen::Runtime { size: size.span },
                },
                None,
            ),
        }),
        ExprKind::ArrayInit { elem, items } => Some((
            AllocKind::ArrayInit {
                elem: elem.clone(),
                items: items.len(),
            },
            Some(sizes.array(items.len() as u64)),
        )),
        ExprKind::New {
            ctor: Callee::Builtin(b),
            ..
        } => match library().get(*b).owner {
            Owner::Lib(Lib::List) => {
                Some((AllocKind::List { ty: e.ty.clone() }, Some(sizes.list())))
            }
            // A value type: nothing on the heap.
            Owner::Lib(Lib::ValueTask | Lib::ValueTaskOf) => None,
            _ => Some((AllocKind::Object { ty: e.ty.clone() }, None)),
        },
        ExprKind::MethodGroup {
            method: Callee::User(m),
            ..
        } => Some((AllocKind::Delegate { method: *m }, Some(sizes.delegate()))),
        ExprKind::NewObject { class, .. } => {
            let layout = module.classes.get(class.0 as usize);
            // A struct is a value: .NET puts it in its variable (a local, a field, the state
            // machine), never on the heap by itself. unawait too, unless it must outlive the
            // activation that made it (docs/lowering.md, "Structs"): --stats counts those.
            if layout.is_some_and(|c| c.is_struct) {
                return None;
            }
            Some((
                AllocKind::NewObject { ty: e.ty.clone() },
                layout.map(|c| sizes.object(c.size)),
            ))
        }
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            ..
        } => {
            let behavior = crate::library::behavior(*b);
            match behavior.task {
                TaskBehavior::WhenAll { .. } => {
                    task(LibraryAlloc::WhenAll { task: e.ty.clone() }, *b)
                }
                TaskBehavior::WhenAny { .. } => {
                    task(LibraryAlloc::WhenAny { task: e.ty.clone() }, *b)
                }
                // `Task.Delay(0)` returns a completed task and starts no timer.
                TaskBehavior::Timer { ms, .. }
                    if args.get(ms as usize).and_then(const_int) != Some(0) =>
                {
                    task(LibraryAlloc::Timer, *b)
                }
                TaskBehavior::Completed if !from_result_cached(&e.ty, args.first()) => {
                    task(LibraryAlloc::Completed { task: e.ty.clone() }, *b)
                }
                _ if behavior.allocates => match &e.ty {
                    Ty::Array(_) => Some((
                        AllocKind::Library {
                            member: *b,
                            makes: LibraryAlloc::Array,
                        },
                        None,
                    )),
                    _ if matches!(
                        library().get(*b).owner_ty,
                        Ty::Lib(Lib::ValueTask | Lib::ValueTaskOf, _)
                    ) =>
                    {
                        task(LibraryAlloc::TaskOfValueTask, *b)
                    }
                    ty => Some((
                        AllocKind::Library {
                            member: *b,
                            makes: LibraryAlloc::Object { ty: ty.clone() },
                        },
                        None,
                    )),
                },
                _ => None,
            }
        }
        ExprKind::Call {
            callee: Callee::User(target),
            ..
        } => {
            if !facts.program.method(*target).is_async {
                return None;
            }
            let box_bytes = sizes.boxed(box_of(module, *target)?);
            let class = facts.class(*target)?;
            // A callee that never suspends allocates no box.
            if class.never.is_some() {
                return None;
            }
            let always_suspends = class.always.is_some();
            Some((
                AllocKind::CallBox {
                    callee: *target,
                    box_bytes,
                    always_suspends,
                },
                always_suspends.then_some(box_bytes),
            ))
        }
        _ => None,
    }
}

/// Whether `Task.FromResult(v)` returns one of the tasks the builders cache (since .NET 6):
/// `bool`s, `int`s from -1 to 8, `0L`, `null`.
fn from_result_cached(ty: &Ty, value: Option<&hir::Expr>) -> bool {
    match (ty, value) {
        (Ty::Lib(_, t), _) if t.first() == Some(&Ty::Bool) => true,
        (_, Some(v)) if matches!(v.ty, Ty::Int) => const_int(v).is_some_and(small_int),
        (_, Some(v)) if matches!(v.ty, Ty::Long) => const_int(v) == Some(0),
        (_, Some(v)) if matches!(v.ty, Ty::Null) => true,
        _ => false,
    }
}

/// Allocations of the same cost on exclusive paths (the arms of a `?:` or an `if`/`else`)
/// become one site: a call makes only one of them. In a loop, whether every iteration makes
/// the site (one of its alternatives).
fn alternatives(walk: &MethodWalk<'_>, found: Vec<Found>) -> Vec<AllocSite> {
    struct Group {
        site: AllocSite,
        at: Vec<Pos>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for f in found {
        if let Some(pos) = &f.pos {
            let alternative = groups.iter_mut().find(|g| {
                g.site.made_by[0].kind.same_cost(&f.alloc.kind)
                    && g.site.bytes == f.bytes
                    && !g.at.is_empty()
                    && g.at.iter().all(|p| p.exclusive_with(pos))
            });
            if let Some(g) = alternative {
                g.site.made_by.push(f.alloc);
                g.at.push(pos.clone());
                continue;
            }
        }
        groups.push(Group {
            site: AllocSite {
                made_by: vec![f.alloc],
                bytes: f.bytes,
                per_iteration: f.per_iteration,
                every_iteration: f.per_iteration,
            },
            at: f.pos.into_iter().collect(),
        });
    }
    groups
        .into_iter()
        .map(|mut g| {
            if let Some(li) = g.at.first().and_then(Pos::innermost_loop) {
                let exprs: Vec<(ExprId, Span)> = g
                    .site
                    .made_by
                    .iter()
                    .filter_map(|a| match a.at {
                        At::Expr(e) => Some((e, a.span)),
                        At::Loop(_) => None,
                    })
                    .collect();
                g.site.every_iteration = every_iteration(walk, li, &exprs);
            }
            g.site
        })
        .collect()
}
