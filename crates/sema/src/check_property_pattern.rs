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
            if sty.nullable_of().is_some() {
                self.cx
                    .unsupported("property patterns on nullable values are", span);
                return None;
            }
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

    /// `Name: pattern` on the value in `value`: the member read into a hidden local, then the
    /// pattern's test on it.
    fn subpattern(&mut self, value: LocalId, vty: &Ty, sub: &ast::Subpattern) -> Option<Expr> {
        let span = sub.pattern.span;
        let name = match sub.name.as_ref().map(|n| &n.kind) {
            Some(ast::ExprKind::Name { name, type_args }) if type_args.is_empty() => name,
            Some(_) => {
                let at = sub.name.as_ref().map_or(span, |n| n.span);
                self.cx
                    .unsupported("extended property patterns (`A.B: ...`) are", at);
                return None;
            }
            None => {
                self.cx.unsupported("positional patterns are", span);
                return None;
            }
        };
        let receiver = mk(ExprKind::Local(value), vty.clone(), name.span);
        let r = self.member_of_value(receiver, name, Vec::new(), name.span);
        let member = self.value_of(r, name.span);
        if member.ty.is_error() {
            return None;
        }
        // A struct member would be copied into the hidden local, which the tests of patterns
        // do not read as a struct yet.
        if member.ty.is_struct() {
            self.cx.unsupported(
                &format!(
                    "property patterns on a member of the struct type `{}` are",
                    member.ty
                ),
                name.span,
            );
            return None;
        }
        let m = self.hidden_local("<member>", member.ty.clone(), span);
        let store = self.store_subject(m, member, span);
        let c = self.pattern_cond(m, &sub.pattern)?;
        Some(self.and(store, c))
    }
}
