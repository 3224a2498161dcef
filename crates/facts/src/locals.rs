//! What every use of a method's locals says about them, from one look at the whole body: which
//! locals never hold `null` (what can be dereferenced without a `NullReferenceException`), and
//! which collections no other code can change (what a fact about all their elements may rest
//! on: a list no one else holds cannot gain a pending task behind the method's back, during an
//! await or in a method it calls).

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::constants::ConstValue;
use unawait_sema::hir::{Callee, Expr, ExprKind, LocalId, LocalKind, Method, Place, Program, Stmt};
use unawait_sema::types::Ty;

use crate::library::{is_collection, lib_use, strip_wrappers, task_of};
use crate::state::{LocalMap, LocalSet};
use crate::walk::{visit_all_exprs, visit_stmts};

#[derive(Clone, Debug, Default)]
pub struct LocalFacts<'p> {
    /// Locals that never hold `null`: every value assigned to them is never null (a parameter
    /// is not among them: its caller chooses).
    pub nonnull: LocalSet,
    /// Arrays and lists the method creates itself (every assignment is `new ...`) and never lets
    /// go of: used only as the receiver of a library member, indexed, iterated, or passed to the
    /// library (which keeps no reference that changes them). Only their changes in the body
    /// itself can change them.
    pub own_collections: LocalSet,
    /// Every value assigned to each local of the method's own (not a parameter, not
    /// captured): `None` for one given without an expression (a foreach or catch variable,
    /// `++`).
    pub values: LocalMap<Vec<Option<&'p Expr>>>,
}

impl<'p> LocalFacts<'p> {
    pub fn of(program: &Program, method: &'p Method) -> LocalFacts<'p> {
        let Some(body) = &method.body else {
            return LocalFacts::default();
        };
        let mut assigned: Vec<(LocalId, Option<&Expr>)> = Vec::new();
        for s in &body.stmts {
            collect_assignments(s, &mut assigned);
        }
        // Optimistic start, then every local with a value that may be null is dropped until
        // nothing changes: a value reaches a local only through an assignment.
        let mut nonnull: LocalSet = (0..method.locals.len())
            .map(|i| LocalId(i as u32))
            .filter(|l| {
                let local = &method.locals[l.0 as usize];
                !local.captured
                    && matches!(local.kind, LocalKind::Local | LocalKind::CatchVar)
                    && assigned.iter().any(|(a, _)| a == l)
            })
            .collect();
        // Value types are never null, whatever they are assigned.
        let value_type = |l: LocalId| {
            method
                .locals
                .get(l.0 as usize)
                .is_some_and(|x| is_value_type(&x.ty))
        };
        loop {
            let before = nonnull.len();
            for (l, value) in &assigned {
                let ok = match value {
                    Some(v) => never_null(program, v, &nonnull),
                    // A catch variable holds the exception caught: never null.
                    None => method.locals[l.0 as usize].kind == LocalKind::CatchVar,
                };
                if !ok {
                    nonnull.remove(l);
                }
            }
            if nonnull.len() == before {
                break;
            }
        }
        nonnull.extend(
            (0..method.locals.len())
                .map(|i| LocalId(i as u32))
                .filter(|l| value_type(*l)),
        );
        let own_collections = own_collections(method, &body.stmts, &assigned);
        let mut values: LocalMap<Vec<Option<&'p Expr>>> = LocalMap::default();
        for (l, v) in assigned {
            let local = &method.locals[l.0 as usize];
            if !local.captured && local.kind == LocalKind::Local {
                values.entry(l).or_default().push(v);
            }
        }
        LocalFacts {
            nonnull,
            own_collections,
            values,
        }
    }
}

/// Every value assigned to a local: `(local, Some(value))`, or `None` for a value the
/// statement gives without an expression (a foreach variable, a catch variable, `++`, a
/// compound assignment that is no concatenation).
fn collect_assignments<'e>(s: &'e Stmt, out: &mut Vec<(LocalId, Option<&'e Expr>)>) {
    use unawait_sema::hir::StmtKind;
    visit_stmts(s, &mut |st| match &st.kind {
        StmtKind::Local {
            local,
            init: Some(e),
        } => out.push((*local, Some(e))),
        StmtKind::Foreach { local, .. } => out.push((*local, None)),
        StmtKind::Try { catches, .. } => {
            out.extend(catches.iter().filter_map(|c| c.local).map(|l| (l, None)))
        }
        _ => {}
    });
    visit_all_exprs(s, &mut |e| match &e.kind {
        ExprKind::Assign {
            target: Place::Local(l),
            value,
        } => out.push((*l, Some(value))),
        // `s += x` of strings is a concatenation: never null.
        ExprKind::CompoundAssign {
            target: Place::Local(l),
            concat: true,
            ..
        } => out.push((*l, Some(e))),
        ExprKind::CompoundAssign {
            target: Place::Local(l),
            ..
        }
        | ExprKind::IncDec {
            target: Place::Local(l),
            ..
        } => out.push((*l, None)),
        // What a callee or the library writes through a `ref` or `out` argument.
        ExprKind::OutCall { out: Some(l), .. } => out.push((*l, None)),
        ExprKind::RefArg { kind, target } if *kind != unawait_sema::hir::RefKind::In => {
            if let ExprKind::Local(l) = target.kind {
                out.push((l, None));
            }
        }
        _ => {}
    });
}

pub fn is_value_type(ty: &Ty) -> bool {
    match ty {
        Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::Char | Ty::Small(_) => true,
        Ty::UInt | Ty::ULong | Ty::Enum(..) => true,
        Ty::Lib(..) => !ty.is_reference_type(),
        _ => false,
    }
}

/// Whether `e` is never `null`: a value type, something just made, a task of the library or
/// of an async method of the program, or a local of `nonnull`.
pub fn never_null(program: &Program, e: &Expr, nonnull: &LocalSet) -> bool {
    if is_value_type(&e.ty) {
        return true;
    }
    match &e.kind {
        ExprKind::New { .. }
        | ExprKind::NewArray { .. }
        | ExprKind::ArrayInit { .. }
        | ExprKind::NewObject { .. }
        | ExprKind::Concat(_)
        | ExprKind::ToStr(_)
        | ExprKind::CompoundAssign { concat: true, .. }
        | ExprKind::Lambda(_)
        | ExprKind::MethodGroup { .. }
        | ExprKind::This
        | ExprKind::Base => true,
        ExprKind::Const(c) => !matches!(c, ConstValue::Null),
        ExprKind::Local(l) => nonnull.contains(l),
        ExprKind::Convert { expr, .. } => never_null(program, expr, nonnull),
        ExprKind::Assign { value, .. } => never_null(program, value, nonnull),
        ExprKind::Conditional {
            then, otherwise, ..
        } => never_null(program, then, nonnull) && never_null(program, otherwise, nonnull),
        // An async method's builder always gives a task.
        ExprKind::Call {
            callee: Callee::User(m),
            ..
        } => program.method(*m).is_async,
        // The task `Task.WhenAny` completes with is one of its (non-null) inputs.
        ExprKind::Await { expr, .. } => matches!(
            task_of(strip_wrappers(expr)),
            Some((TaskBehavior::WhenAny { .. }, _))
        ),
        _ => match task_of(e) {
            Some((TaskBehavior::Same { param }, u)) => {
                let of = match param {
                    None => u.receiver,
                    Some(p) => u.arg(p),
                };
                of.is_some_and(|x| never_null(program, x, nonnull))
            }
            Some(_) => true,
            None => false,
        },
    }
}

/// The collection locals of `own` (see `LocalFacts::own_collections`).
fn own_collections(
    method: &Method,
    stmts: &[Stmt],
    assigned: &[(LocalId, Option<&Expr>)],
) -> LocalSet {
    let mut own: LocalSet = (0..method.locals.len())
        .map(|i| LocalId(i as u32))
        .filter(|l| {
            let local = &method.locals[l.0 as usize];
            !local.captured
                && local.kind == LocalKind::Local
                && is_collection(&local.ty)
                && assigned.iter().any(|(a, _)| a == l)
        })
        .collect();
    for (l, value) in assigned {
        let fresh = value.is_some_and(|v| {
            matches!(
                v.kind,
                ExprKind::New { .. } | ExprKind::NewArray { .. } | ExprKind::ArrayInit { .. }
            )
        });
        if !fresh {
            own.remove(l);
        }
    }
    // The walk below only removes: most methods have no collection to look for.
    if own.is_empty() {
        return own;
    }
    for s in stmts {
        visit_stmts(s, &mut |st| {
            use unawait_sema::hir::StmtKind;
            match &st.kind {
                // The value of an expression statement is dropped.
                StmtKind::Expr(e) => escaping(e, true, &mut own),
                // A foreach reads its collection.
                StmtKind::Foreach { collection, .. }
                    if matches!(collection.kind, ExprKind::Local(_)) => {}
                _ => crate::walk::for_each_stmt_expr(st, &mut |e| escaping(e, false, &mut own)),
            }
        });
    }
    own
}

/// Removes from `own` the collection locals that `e` lets go of. `top` says the value of `e`
/// itself is dropped (an expression statement) rather than used.
fn escaping(e: &Expr, top: bool, own: &mut LocalSet) {
    if let ExprKind::Local(l) = e.kind {
        if !top {
            own.remove(&l);
        }
        return;
    }
    // The operands of `e` that may be a collection local without letting it go.
    let mut safe: Vec<*const Expr> = Vec::new();
    match &e.kind {
        ExprKind::ArrayElement { array, .. } | ExprKind::Indexer { target: array, .. } => {
            safe.push(&**array)
        }
        ExprKind::Assign { target, .. }
        | ExprKind::CompoundAssign { target, .. }
        | ExprKind::IncDec { target, .. } => {
            if let Place::ArrayElement { array, .. } | Place::Indexer { target: array, .. } = target
            {
                safe.push(&**array);
            }
        }
        _ => {
            // The receiver of a library member, and the arguments of one that keeps nothing
            // (`pure`) or only the tasks the collection holds then (`Task.WhenAll(list)`):
            // `outer.Add(list)` keeps the list itself, and lets it go.
            if let Some(u) = lib_use(e) {
                safe.extend(u.receiver.map(|r| r as *const Expr));
                let keeps_nothing = u.behavior.pure_
                    || matches!(
                        u.behavior.task,
                        TaskBehavior::WhenAll { .. } | TaskBehavior::WhenAny { .. }
                    );
                if keeps_nothing {
                    safe.extend(u.args.iter().map(|a| a as *const Expr));
                }
            }
        }
    }
    crate::walk::for_each_child(e, &mut |c| {
        let mut inner = c;
        // `List<T>` passed as `IEnumerable<T>`.
        while let ExprKind::Convert { expr, .. } = &inner.kind {
            inner = expr;
        }
        let is_safe = safe.contains(&(c as *const Expr));
        if is_safe && matches!(inner.kind, ExprKind::Local(_)) {
            return;
        }
        escaping(c, false, own);
    });
}
