//! The walk's expressions, in evaluation order: reads and writes of locals (with how each read
//! uses the local), the operands pending at each await, calls and where `ValueTask`s are stored.

use unawait_sema::hir::{BinOp, Callee, Expr, ExprKind, Place};
use unawait_syntax::Span;

use super::{AwaitFact, Use, Walker};
use crate::library::is_value_task;
use crate::tree::contains_await;

impl<'p> Walker<'p> {
    pub(super) fn expr(&mut self, e: &'p Expr) {
        match &e.kind {
            ExprKind::Const(_) | ExprKind::StaticField(_) | ExprKind::Error => {}
            // A bare `ValueTask` local is consumed only by an await (handled there); elsewhere
            // it is copied or compared.
            ExprKind::Local(id) => self.read(*id, e.span, e.span, Use::Plain),
            ExprKind::Property {
                receiver, member, ..
            } => {
                let n = match receiver {
                    Some(r) => self.receiver(r, *member, e.span),
                    None => 0,
                };
                self.pop(n);
                self.call_fact(e);
            }
            ExprKind::Call {
                callee,
                receiver,
                args,
                ..
            } => {
                let mut n = match (receiver, callee) {
                    (Some(r), Callee::Builtin(id)) => self.receiver(r, *id, e.span),
                    (Some(r), _) => self.operand(r),
                    (None, _) => 0,
                };
                for a in args {
                    n += self.operand(a);
                }
                self.pop(n);
                self.call_fact(e);
            }
            ExprKind::New {
                args,
                initializer,
                type_args,
                ..
            } => {
                let mut n = 0;
                for a in args.iter().chain(initializer) {
                    n += self.operand(a);
                }
                self.pop(n);
                if type_args.iter().any(is_value_task) {
                    self.facts.value_task_stores.push(e.span);
                }
                self.call_fact(e);
            }
            ExprKind::NewArray { elem, size } => {
                self.expr(size);
                if is_value_task(elem) {
                    self.facts.value_task_stores.push(e.span);
                }
                self.call_fact(e);
            }
            ExprKind::ArrayInit { elem, items } => {
                let mut n = 0;
                for a in items {
                    n += self.operand(a);
                }
                self.pop(n);
                if is_value_task(elem) {
                    self.facts.value_task_stores.push(e.span);
                }
                self.call_fact(e);
            }
            ExprKind::ArrayElement { array, index }
            | ExprKind::Indexer {
                target: array,
                index,
                ..
            } => {
                if let (ExprKind::Local(id), Some(_)) = (&array.kind, index.constant()) {
                    self.read(*id, array.span, e.span, Use::ConstIndex);
                    return;
                }
                let n = self.operand(array);
                self.expr(index);
                self.pop(n);
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Binary { op, lhs, rhs, .. } => {
                if matches!(op, BinOp::And | BinOp::Or) {
                    self.expr(lhs);
                    self.expr(rhs);
                } else {
                    let n = self.operand(lhs);
                    self.expr(rhs);
                    self.pop(n);
                }
            }
            ExprKind::Concat(parts) => {
                let mut n = 0;
                for p in parts {
                    n += self.operand(p);
                }
                self.pop(n);
            }
            ExprKind::ToStr(x) | ExprKind::Convert { expr: x, .. } | ExprKind::Discard(x) => {
                self.expr(x)
            }
            ExprKind::Assign { target, value } => {
                let n = self.place_before(target, false, e.span);
                self.expr(value);
                self.pop(n);
                self.place_after(target, e.span, value);
            }
            ExprKind::CompoundAssign { target, value, .. } => {
                let n = self.place_before(target, true, e.span);
                self.expr(value);
                self.pop(n);
                self.place_after(target, e.span, value);
            }
            ExprKind::IncDec { target, .. } => {
                let n = self.place_before(target, true, e.span);
                self.pop(n);
                if let Place::Local(id) = target {
                    self.write(*id);
                }
            }
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                let n = self.node();
                self.in_arm(n, 0, true, |w| w.expr(then));
                self.in_arm(n, 1, true, |w| w.expr(otherwise));
            }
            ExprKind::Await { expr: op, info } => {
                if let ExprKind::Local(id) = op.kind {
                    let how = if is_value_task(&op.ty) {
                        Use::Consume
                    } else {
                        Use::Plain
                    };
                    self.read(id, op.span, e.span, how);
                } else {
                    self.expr(op);
                }
                let pos = self.pos();
                self.facts.awaits.push(AwaitFact {
                    stmt: self.stmt_span,
                    expr: e,
                    operand: op,
                    info,
                    pos,
                    nested: contains_await(op),
                    spills: self.pending.clone(),
                });
            }
            ExprKind::InstanceField { receiver, .. } => {
                let n = self.operand(receiver);
                self.pop(n);
            }
            ExprKind::NewObject { args, init, .. } => {
                let mut n = 0;
                for a in args.iter().chain(init.iter().map(|i| &i.value)) {
                    n += self.operand(a);
                }
                self.pop(n);
                self.call_fact(e);
            }
            ExprKind::This | ExprKind::Base => {}
            ExprKind::TypeTest { expr, local, .. } => {
                self.expr(expr);
                if let Some(l) = local {
                    self.write(*l);
                }
            }
            ExprKind::OutCall { call, out } => {
                self.expr(call);
                if let Some(l) = out {
                    self.write(*l);
                }
            }
            // The callee may read and write a local passed by reference (`in`: only read).
            ExprKind::RefArg { kind, target } => match target.kind {
                ExprKind::Local(id) => {
                    if *kind != unawait_sema::hir::RefKind::Out {
                        self.read(id, target.span, target.span, Use::Plain);
                    }
                    if *kind != unawait_sema::hir::RefKind::In {
                        self.write(id);
                    }
                }
                _ => self.expr(target),
            },
            // A delegate's creation is a call fact too: the method it names may run from
            // wherever the delegate is invoked (continuation.rs).
            ExprKind::MethodGroup { receiver, .. } => {
                let n = receiver.as_deref().map_or(0, |r| self.operand(r));
                self.pop(n);
                self.call_fact(e);
            }
            ExprKind::InvokeDelegate { target, args } => {
                let mut n = self.operand(target);
                for a in args {
                    n += self.operand(a);
                }
                self.pop(n);
                self.call_fact(e);
            }
            // Closure conversion (sema's closures/) leaves no lambda in a checked body.
            ExprKind::Lambda(_) | ExprKind::UnboundLambda(_) => {}
        }
    }

    /// Evaluates what a place needs before the value (array and index), and reads the target
    /// itself for compound assignments; returns how many values stay pending.
    fn place_before(&mut self, p: &'p Place, reads_target: bool, whole: Span) -> usize {
        match p {
            Place::Local(id) => {
                if reads_target {
                    self.read(*id, whole, whole, Use::Plain);
                    if let Some(ty) = self.local_ty(*id) {
                        self.pending.push(ty.clone());
                        return 1;
                    }
                }
                0
            }
            Place::StaticField(_) | Place::This => 0,
            Place::ArrayElement { array, index }
            | Place::Indexer {
                target: array,
                index,
                ..
            } => {
                let n = self.operand(array);
                n + self.operand(index) + usize::from(reads_target)
            }
            Place::InstanceField { receiver, .. } => self.operand(receiver),
            Place::Property { receiver, args, .. } => {
                let mut n = match receiver {
                    Some(r) => self.operand(r),
                    None => 0,
                };
                for a in args {
                    n += self.operand(a);
                }
                n
            }
        }
    }

    fn place_after(&mut self, p: &'p Place, span: Span, value: &Expr) {
        match p {
            Place::Local(id) => self.write(*id),
            Place::StaticField(_) if is_value_task(&value.ty) => {
                self.facts.value_task_stores.push(span)
            }
            _ => {}
        }
    }
}
