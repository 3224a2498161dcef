//! Which expressions can throw when evaluated, besides a `throw` statement: what ends a call of
//! an async method synchronously (with a faulted or canceled task) when it happens before the
//! first await that suspends, so that the method does not always suspend. Conservative: an
//! expression is said not to throw only when nothing in it can.
//!
//! Evaluating one node (its operands already evaluated) can throw when it
//! - reads a member of a reference that may be `null`;
//! - uses a library member marked `throws`, one that rethrows a task's failure (`blocks`:
//!   `.Result`, `.Wait()`, `GetResult()`), a `SemaphoreSlim.Release` (`releases`: full), or
//!   completes a `TaskCompletionSource` with no `Try` (`sets-source` returning `void`: already
//!   complete); `Task.Delay` with a delay that is not a constant of at least -1; a combinator
//!   whose inputs are not written out (an element may be `null`; `WhenAny` of none);
//! - calls a method of the program that is not async and may fail (an async one puts its
//!   exception in its task);
//! - indexes an array or a list, or stores into one (out of range);
//! - divides integers by anything but a constant other than 0 and -1;
//! - does checked arithmetic or a checked conversion (`OverflowException`);
//! - unboxes or downcasts;
//! - awaits a task that may fail (`may_fail`);
//!
//! and iterating a `foreach` can throw over `null`, with a cast of each element, or over a list
//! that may change meanwhile.

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{
    BinOp, Callee, Conversion, Expr, ExprKind, ForeachKind, Place, Program, Stmt, StmtKind, UnOp,
};
use unawait_sema::types::Ty;
use unawait_syntax::Span;

use crate::classes::Classes;
use crate::library::{const_int, strip_wrappers, task_of};
use crate::locals::{never_null, LocalFacts};
use crate::paths::MayThrow;
use crate::target::{call_target, implementations, object_overrides, ObjectCalls, Target};

pub struct Throws<'a> {
    pub program: &'a Program,
    pub classes: &'a Classes,
    pub locals: &'a LocalFacts<'a>,
}

/// How many locals deep `may_fail` follows a task local to the values assigned to it.
const LOCAL_DEPTH: usize = 4;

impl MayThrow for Throws<'_> {
    fn here(&self, e: &Expr) -> bool {
        Throws::here(self, e)
    }

    fn foreach(&self, s: &Stmt) -> bool {
        Throws::foreach(self, s)
    }
}

impl Throws<'_> {
    /// The first place in `stmts` where an exception can leave them: a `throw`, or an
    /// expression or `foreach` that can throw, outside a `try` body with a catch-all clause.
    pub fn first_escaping(&self, stmts: &[Stmt]) -> Option<Span> {
        let mut first: Option<Span> = None;
        let mut note = |span: Span| {
            if first.is_none_or(|f| span.start < f.start) {
                first = Some(span);
            }
        };
        for s in stmts {
            self.escaping(s, &mut note);
        }
        first
    }

    fn escaping(&self, s: &Stmt, note: &mut impl FnMut(Span)) {
        match &s.kind {
            StmtKind::Throw(_) | StmtKind::Rethrow => note(s.span),
            StmtKind::Foreach { .. } if self.foreach(s) => note(s.span),
            _ => {}
        }
        // A filter that throws is false: its exception goes nowhere.
        if !matches!(s.kind, StmtKind::Try { .. }) {
            crate::walk::for_each_stmt_expr(s, &mut |e| {
                crate::walk::visit_exprs(e, &mut |x| {
                    if self.here(x) {
                        note(x.span);
                    }
                })
            });
        }
        let mut inner = |x: &Stmt| self.escaping(x, note);
        match &s.kind {
            StmtKind::Block(b) => b.stmts.iter().for_each(&mut inner),
            StmtKind::If {
                then, otherwise, ..
            } => {
                inner(then);
                if let Some(o) = otherwise {
                    inner(o);
                }
            }
            StmtKind::While { body, .. }
            | StmtKind::DoWhile { body, .. }
            | StmtKind::Foreach { body, .. } => inner(body),
            StmtKind::For { init, body, .. } => {
                init.iter().for_each(&mut inner);
                inner(body);
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                if !catches.iter().any(catches_all) {
                    body.stmts.iter().for_each(&mut inner);
                }
                for c in catches {
                    c.body.stmts.iter().for_each(&mut inner);
                }
                if let Some(f) = finally {
                    f.stmts.iter().for_each(&mut inner);
                }
            }
            StmtKind::Switch { sections, .. } => {
                sections.iter().flat_map(|s| &s.body).for_each(&mut inner);
            }
            _ => {}
        }
    }

    /// Whether iterating the `foreach` statement `s` can throw: over `null`, with a cast of each
    /// element, or over a list that may change while it runs (an enumerator then throws).
    pub fn foreach(&self, s: &Stmt) -> bool {
        let StmtKind::Foreach {
            kind,
            conversion,
            collection,
            body,
            ..
        } = &s.kind
        else {
            return false;
        };
        let casts = matches!(
            conversion,
            Some(
                Conversion::Unboxing
                    | Conversion::Downcast
                    | Conversion::CheckedLongToInt
                    | Conversion::CheckedDoubleToInt
                    | Conversion::CheckedDoubleToLong
                    | Conversion::CheckedToChar
                    | Conversion::CheckedToSmall(_)
                    | Conversion::Unsigned { checked: true, .. }
            )
        );
        let changes = match kind {
            ForeachKind::Array | ForeachKind::String | ForeachKind::ReadOnlyCollection => false,
            ForeachKind::List => match collection.kind {
                ExprKind::Local(l) => {
                    !self.locals.own_collections.contains(&l)
                        || crate::state::kills(body).contains(&l)
                }
                _ => true,
            },
            ForeachKind::Enumerable | ForeachKind::AsyncEnumerable => true,
        };
        self.null(collection) || casts || changes
    }

    /// Whether `e` or anything in it can throw.
    pub fn anywhere(&self, e: &Expr) -> bool {
        let mut found = false;
        crate::walk::visit_exprs(e, &mut |x| found |= self.here(x));
        found
    }

    /// Whether evaluating the node `e` itself, once its operands are, can throw.
    pub fn here(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Property {
                receiver, member, ..
            } => {
                self.library_throws(*member, e) || receiver.as_deref().is_some_and(|r| self.null(r))
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                receiver,
                args,
                ..
            } => {
                self.library_throws(*b, e)
                    || receiver.as_deref().is_some_and(|r| self.null(r))
                    || self.bad_arguments(e)
                    || self.runs_overrides(e, receiver.as_deref(), args)
            }
            ExprKind::Call {
                callee: Callee::User(_),
                receiver,
                ..
            } => {
                receiver.as_deref().is_some_and(|r| self.null(r))
                    || match call_target(self.program, e) {
                        // The override may not be async (and throw at the call) even when the
                        // virtual method is.
                        Some(Target::Dispatched(_)) => implementations(self.program, e)
                            .is_none_or(|ms| ms.iter().any(|m| !self.program.method(*m).is_async)),
                        None => true,
                        Some(t) => {
                            !self.program.method(t.method()).is_async
                                && self
                                    .classes
                                    .at(self.program, e)
                                    .is_none_or(|c| c.may_fail.is_some())
                        }
                    }
            }
            // A collection initializer's items are added (hashed, compared) too.
            ExprKind::New {
                ctor: Callee::Builtin(b),
                args,
                initializer,
                ..
            } => {
                self.library_throws(*b, e)
                    || self.runs_overrides(e, None, args)
                    || self.runs_overrides(e, None, initializer)
            }
            // Concatenation and interpolation call `ToString()` on each value that is not a
            // string.
            ExprKind::ToStr(v) => self.overrides_fail(&v.ty, ObjectCalls::ToString),
            ExprKind::NewArray { size, .. } => const_int(size).is_none_or(|n| n < 0),
            ExprKind::ArrayElement { .. } | ExprKind::Indexer { .. } => true,
            ExprKind::Binary {
                op,
                operand_ty,
                rhs,
                ..
            } => op.is_checked() || integer_division(*op, operand_ty, rhs),
            ExprKind::Unary { op, .. } => *op == UnOp::CheckedNeg,
            ExprKind::Convert { conversion, .. } => matches!(
                conversion,
                Conversion::Unboxing
                    | Conversion::Downcast
                    | Conversion::CheckedLongToInt
                    | Conversion::CheckedDoubleToInt
                    | Conversion::CheckedDoubleToLong
                    | Conversion::CheckedToChar
                    | Conversion::CheckedToSmall(_)
                    | Conversion::Unsigned { checked: true, .. }
            ),
            ExprKind::Assign { target, .. } => self.place_throws(target),
            ExprKind::IncDec {
                target, checked, ..
            } => *checked || self.place_throws(target),
            ExprKind::CompoundAssign {
                target, op, value, ..
            } => {
                self.place_throws(target)
                    || op.is_checked()
                    || integer_division(*op, &value.ty, value)
            }
            ExprKind::Await { expr, .. } => self.may_fail(expr),
            // The address of a field (null) or an array element (null, bounds).
            ExprKind::RefArg { target, .. } => matches!(
                target.kind,
                ExprKind::InstanceField { .. } | ExprKind::ArrayElement { .. }
            ),
            ExprKind::Const(_)
            | ExprKind::Local(_)
            | ExprKind::StaticField(_)
            | ExprKind::ArrayInit { .. }
            | ExprKind::Concat(_)
            | ExprKind::Discard(_)
            | ExprKind::TypeTest { .. }
            | ExprKind::OutCall { .. }
            | ExprKind::Conditional { .. }
            | ExprKind::This
            | ExprKind::Base
            | ExprKind::Lambda(_)
            | ExprKind::UnboundLambda(_)
            | ExprKind::MethodGroup { .. } => false,
            // Tier 2 constructors and delegates, and recovery.
            ExprKind::New { .. }
            | ExprKind::NewObject { .. }
            | ExprKind::InstanceField { .. }
            | ExprKind::InvokeDelegate { .. }
            | ExprKind::Error => true,
        }
    }

    /// Whether awaiting `task` can throw: the task may end faulted or canceled, or be `null`.
    pub fn may_fail(&self, task: &Expr) -> bool {
        self.fails(task, 0)
    }

    fn fails(&self, task: &Expr, depth: usize) -> bool {
        let e = strip_wrappers(task);
        // A task local of the method's own, assigned only tasks that cannot fail.
        if let ExprKind::Local(l) = e.kind {
            if depth >= LOCAL_DEPTH || self.null(e) {
                return true;
            }
            return self.locals.values.get(&l).is_none_or(|vs| {
                vs.iter()
                    .any(|v| v.is_none_or(|v| self.fails(v, depth + 1)))
            });
        }
        if let Some((behavior, u)) = task_of(e) {
            return match behavior {
                TaskBehavior::Completed | TaskBehavior::Yields => false,
                // A delay without a token always succeeds; with one it may be canceled.
                TaskBehavior::Timer { token, .. } => token.is_some(),
                // `Task.WhenAny`'s task completes with the first input, whatever it did.
                TaskBehavior::WhenAny { .. } => false,
                TaskBehavior::WhenAll { tasks } => match u.arg(tasks).map(|a| &a.kind) {
                    Some(ExprKind::ArrayInit { items, .. }) => {
                        items.iter().any(|i| self.fails(i, depth))
                    }
                    _ => true,
                },
                TaskBehavior::Same { param } => {
                    let of = match param {
                        None => u.receiver,
                        Some(p) => u.arg(p),
                    };
                    of.is_none_or(|x| self.fails(x, depth))
                }
                TaskBehavior::SourceTask | TaskBehavior::None => true,
            };
        }
        match &e.kind {
            // An async method's task fails only by an exception escaping it.
            ExprKind::Call {
                callee: Callee::User(_),
                ..
            } if call_target(self.program, e)
                .is_some_and(|t| self.program.method(t.method()).is_async) =>
            {
                self.classes
                    .at(self.program, e)
                    .is_none_or(|c| c.may_fail.is_some())
            }
            ExprKind::Conditional {
                then, otherwise, ..
            } => self.fails(then, depth) || self.fails(otherwise, depth),
            _ => true,
        }
    }

    /// Whether `e` may be `null` (its members then throw).
    fn null(&self, e: &Expr) -> bool {
        !never_null(self.program, e, &self.locals.nonnull)
    }

    fn place_throws(&self, p: &Place) -> bool {
        match p {
            Place::Local(_) | Place::StaticField(_) | Place::This => false,
            Place::ArrayElement { .. } | Place::Indexer { .. } => true,
            Place::InstanceField { receiver, .. } => self.null(receiver),
            Place::Property { .. } => true,
        }
    }

    /// Arguments a library member rejects: a delay below -1, combinator inputs that may be
    /// `null` (or none, for `WhenAny`).
    fn bad_arguments(&self, e: &Expr) -> bool {
        let Some((behavior, u)) = task_of(e) else {
            return false;
        };
        match behavior {
            TaskBehavior::Timer { ms, .. } => u.arg(ms).and_then(const_int).is_none_or(|n| n < -1),
            TaskBehavior::WhenAll { tasks } | TaskBehavior::WhenAny { tasks } => {
                match u.arg(tasks).map(|a| &a.kind) {
                    Some(ExprKind::ArrayInit { items, .. }) => {
                        (items.is_empty() && matches!(behavior, TaskBehavior::WhenAny { .. }))
                            || items.iter().any(|i| self.null(i))
                    }
                    _ => true,
                }
            }
            _ => false,
        }
    }
}

impl Throws<'_> {
    /// A library member given a value of the program's classes may run their `ToString()`,
    /// `Equals(object)` or `GetHashCode()` overrides (to print, compare or hash it), which may
    /// throw. The task members only store and return their values.
    fn runs_overrides(&self, e: &Expr, receiver: Option<&Expr>, args: &[Expr]) -> bool {
        if task_of(e).is_some() {
            return false;
        }
        // A dictionary or set made with a comparer of the program runs it on its keys.
        let hashed = receiver.is_some_and(|r| {
            matches!(
                &r.ty,
                Ty::Lib(
                    unawait_sema::types::Lib::Dictionary | unawait_sema::types::Lib::HashSet,
                    _
                )
            )
        });
        if hashed
            && crate::target::comparer_methods(self.program)
                .into_iter()
                .any(|m| self.classes.of(m).is_none_or(|c| c.may_fail.is_some()))
        {
            return true;
        }
        // A collection receiver's elements are compared only with an argument of their type.
        let receiver = receiver.filter(|r| !matches!(&r.ty, Ty::Lib(l, _) if !l.is_exception()));
        receiver
            .into_iter()
            .chain(args)
            .any(|v| self.overrides_fail(&v.ty, ObjectCalls::Any))
    }

    /// Whether an override the library may run on a value of type `ty` may fail.
    fn overrides_fail(&self, ty: &Ty, which: ObjectCalls) -> bool {
        object_overrides(self.program, ty, which)
            .into_iter()
            .any(|m| self.classes.of(m).is_none_or(|c| c.may_fail.is_some()))
    }

    /// A library member that can throw with valid arguments, or a blocking wait on a task that
    /// may fail (it rethrows the failure).
    fn library_throws(&self, member: unawait_sema::hir::BuiltinId, e: &Expr) -> bool {
        let b = crate::library::behavior(member);
        // A blocking wait that can also throw on its own (`Wait(token)`: the token).
        if b.blocks && !b.throws {
            return match crate::library::blocked_task(e) {
                Some((task, _)) => self.may_fail(task),
                None => true,
            };
        }
        b.throws || b.releases || (b.sets_source && e.ty == Ty::Void)
    }
}

/// A catch clause that catches every exception: `catch`, `catch (Exception)`, no filter.
pub fn catches_all(c: &unawait_sema::hir::CatchClause) -> bool {
    c.filter.is_none() && matches!(c.ty, Ty::Lib(unawait_sema::types::Lib::Exception, _))
}

/// `a / b` or `a % b` of integers, unless `b` is a constant other than 0 and -1
/// (`int.MinValue / -1` overflows).
fn integer_division(op: BinOp, ty: &Ty, rhs: &Expr) -> bool {
    matches!(op, BinOp::Div | BinOp::Rem)
        && matches!(
            ty,
            Ty::Int | Ty::Long | Ty::UInt | Ty::ULong | Ty::Char | Ty::Small(_)
        )
        && const_int(rhs).is_none_or(|d| d == 0 || d == -1)
}
