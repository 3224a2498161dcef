//! Property patterns (C# 8): `{ X: 1, Name: "a" }`, `Point { X: > 0 } p`, nested ones, in `is`,
//! `switch` statements and switch expressions. C# (§11.2.12): the value is not null (for a
//! reference) and of the pattern's type when one is written; then each subpattern, left to
//! right, matches the member it names, read only when the earlier ones matched; the designation
//! gets the value as the pattern's type. Expanded like the other patterns
//! (`check_switch_expr.rs`): the narrowed value and each member's value go to hidden locals
//! that the subpatterns' tests read, joined by `&&`.

use unawait_syntax::ast::{self, Designation};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, LocalId, LocalKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// The test of `T { subpatterns } d` on the local `tmp`; `None` after a reported error
    /// (the pattern's names are declared).
    pub(crate) fn property_pattern(
        &mut self,
        tmp: LocalId,
        p: &ast::Pattern,
        ty: Option<&ast::TypeExpr>,
        properties: &[ast::Subpattern],
        designation: Option<&Designation>,
    ) -> Option<Expr> {
        let span = p.span;
        let Some((test, value)) = self.narrow(tmp, ty, span) else {
            self.declare_pattern_names(p);
            return None;
        };
        let mut cond = test;
        // The value the members are read from: the subject itself, or the converted one.
        let vty = self.local(value).ty.clone();
        for sub in properties {
            let Some(c) = self.subpattern(value, &vty, sub) else {
                for s in properties {
                    self.declare_pattern_names(&s.pattern);
                }
                if let Some(d) = designation {
                    self.declare_designation(d);
                }
                return None;
            };
            cond = self.and(cond, c);
        }
        if let Some(Designation::Name(id)) = designation {
            let x = self.declare_local(&id.name, vty.clone(), LocalKind::Local, id.span);
            let read = mk(ExprKind::Local(value), vty, span);
            let store = self.store_subject(x, read, span);
            cond = self.and(cond, store);
        } else if let Some(d @ Designation::Tuple(..)) = designation {
            self.cx.unsupported("tuple designations are", span);
            self.declare_designation(d);
            return None;
        }
        Some(cond)
    }

    /// The type test of a property pattern and the local holding the value it narrows to:
    /// `tmp` itself when no type is written (a reference then must not be null).
    fn narrow(
        &mut self,
        tmp: LocalId,
        ty: Option<&ast::TypeExpr>,
        span: Span,
    ) -> Option<(Expr, LocalId)> {
        let sty = self.local(tmp).ty.clone();
        let yes = mk(ExprKind::Const(ConstValue::Bool(true)), Ty::Bool, span);
        let Some(te) = ty else {
            if sty.is_value_type() {
                return Some((yes, tmp));
            }
            let read = mk(ExprKind::Local(tmp), sty.clone(), span);
            let obj = convert::apply(read, Some(Conversion::Reference), &Ty::Object);
            let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, span);
            let test = mk(
                ExprKind::Binary {
                    op: BinOp::Ne,
                    operand_ty: Ty::Object,
                    lhs: Box::new(obj),
                    rhs: Box::new(null),
                },
                Ty::Bool,
                span,
            );
            // A nullable value (its box): it has one, and the members are the value's.
            if let Some(inner) = sty.nullable_of().cloned() {
                let value = self.hidden_local("<pattern>", inner.clone(), span);
                let read = mk(ExprKind::Local(tmp), sty.clone(), span);
                let unboxed = convert::apply(read, Some(Conversion::Unboxing), &inner);
                let store = self.store_subject(value, unboxed, span);
                return Some((self.and(test, store), value));
            }
            return Some((test, tmp));
        };
        let t = self.cx.resolve_value_type(te, self.ns.as_deref());
        if t.is_error() {
            return None;
        }
        if t == sty && sty.is_value_type() {
            return Some((yes, tmp));
        }
        let test = self.type_cond(tmp, t.clone(), None, span)?;
        if t == sty {
            return Some((test, tmp));
        }
        let value = self.hidden_local("<pattern>", t.clone(), span);
        let read = mk(ExprKind::Local(tmp), sty.clone(), span);
        let conv = convert::explicit(&sty, &t).flatten();
        let converted = convert::apply(read, conv, &t);
        let store = self.store_subject(value, converted, span);
        Some((self.and(test, store), value))
    }

    /// `Name: pattern` (or the extended `A.B: pattern`, C# 10's `A: { B: pattern }`) on the
    /// value in `value`: each member read into a hidden local (an intermediate one tested as
    /// `{ }` is), then the pattern's test on the last.
    fn subpattern(&mut self, value: LocalId, vty: &Ty, sub: &ast::Subpattern) -> Option<Expr> {
        let span = sub.pattern.span;
        let Some(name) = sub.name.as_ref() else {
            self.cx.unsupported("positional patterns are", span);
            return None;
        };
        let mut path = Vec::new();
        if !member_path(name, &mut path) {
            self.cx
                .unsupported("this form of property pattern member is", name.span);
            return None;
        }
        let (mut cur, mut cur_ty) = (value, vty.clone());
        let mut cond: Option<Expr> = None;
        for (i, id) in path.iter().enumerate() {
            let receiver = mk(ExprKind::Local(cur), cur_ty.clone(), id.span);
            let r = self.member_of_value(receiver, id, Vec::new(), id.span);
            let member = self.value_of(r, id.span);
            if member.ty.is_error() {
                return None;
            }
            let m = self.hidden_local("<member>", member.ty.clone(), span);
            let store = self.store_subject(m, member, span);
            let mut step = store;
            if i + 1 < path.len() {
                let (test, next) = self.narrow(m, None, id.span)?;
                step = self.and(step, test);
                cur = next;
                cur_ty = self.local(next).ty.clone();
            } else {
                cur = m;
            }
            cond = Some(match cond {
                None => step,
                Some(c) => self.and(c, step),
            });
        }
        let c = self.pattern_cond(cur, &sub.pattern)?;
        let cond = cond?;
        Some(self.and(cond, c))
    }
}

/// The names of `A`, `A.B`, `A.B.C` in order; false for another expression.
fn member_path(e: &ast::Expr, out: &mut Vec<ast::Ident>) -> bool {
    match &e.kind {
        ast::ExprKind::Name { name, type_args } if type_args.is_empty() => {
            out.push(name.clone());
            true
        }
        ast::ExprKind::Member {
            target,
            name,
            type_args,
        } if type_args.is_empty() => {
            if !member_path(target, out) {
                return false;
            }
            out.push(name.clone());
            true
        }
        _ => false,
    }
}
