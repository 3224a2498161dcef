//! Places: what `=`, compound assignments and `++`/`--` may write (locals, static fields, array
//! and list elements), with C#'s errors for the rest (read-only fields, properties and
//! collections, foreach variables, method groups, values).

use unawait_syntax::ast::{self, ExprKind as A, UnaryOp as AU};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, MemberKind};
use crate::check_expr::mk;
use crate::hir::{Expr, ExprKind, IncDec, LocalKind, Place};
use crate::resolve::Resolved;
use crate::types::Ty;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceUse {
    Assign,
    IncDec,
}

impl Body<'_, '_> {
    pub(crate) fn incdec(&mut self, op: AU, operand: &ast::Expr, span: Span) -> Expr {
        let kind = match op {
            AU::PreInc => IncDec::PreInc,
            AU::PreDec => IncDec::PreDec,
            AU::PostInc => IncDec::PostInc,
            _ => IncDec::PostDec,
        };
        let Some((place, ty)) = self.place(operand, PlaceUse::IncDec) else {
            return Expr::error(span);
        };
        if ty.is_error() {
            return Expr::error(span);
        }
        if !ty.is_numeric() {
            self.err(
                "CS0023",
                format!(
                    "Operator '{}' cannot be applied to operand of type '{ty}'",
                    op.as_str()
                ),
                span,
                "`++` and `--` need a numeric variable",
            );
            return Expr::error(span);
        }
        let checked = self.overflow.runtime_checked() && matches!(ty, Ty::Int | Ty::Long);
        mk(
            ExprKind::IncDec {
                target: place,
                kind,
                checked,
            },
            ty,
            span,
        )
    }

    /// Resolves an assignable expression. `None` after an error (reported unless it cascades).
    pub(crate) fn place(&mut self, target: &ast::Expr, use_: PlaceUse) -> Option<(Place, Ty)> {
        let e = match &target.kind {
            A::Name { .. } | A::Member { .. } => match self.resolve(target) {
                Resolved::Methods(g) => {
                    self.err(
                        "CS1656",
                        format!(
                            "Cannot assign to '{}' because it is a 'method group'",
                            g.name
                        ),
                        target.span,
                        "call the method instead",
                    );
                    return None;
                }
                other => self.value_of(other, target.span),
            },
            _ => self.expr(target),
        };
        let ty = e.ty.clone();
        let not_variable = |b: &mut Self| {
            match use_ {
                PlaceUse::Assign => b.err("CS0131", "The left-hand side of an assignment must be a variable, property or indexer", target.span, "assign to a local, a static field, an array element or a list element"),
                PlaceUse::IncDec => b.err("CS1059", "The operand of an increment or decrement operator must be a variable, property or indexer", target.span, "apply `++`/`--` to a variable"),
            }
            None
        };
        match e.kind {
            ExprKind::Error => None,
            ExprKind::Local(id) => {
                let l = self.local(id);
                // `foreach (ref int s in span)` (reported) declares an assignable variable.
                if l.kind == LocalKind::ForeachVar && !l.ty.is_error() {
                    let name = l.name.clone();
                    self.err("CS1656", format!("Cannot assign to '{name}' because it is a 'foreach iteration variable'"), target.span, "copy it into another local first");
                    return None;
                }
                Some((Place::Local(id), ty))
            }
            ExprKind::StaticField(f) => {
                let field = self.cx.program.field(f);
                if field.is_readonly {
                    self.err(
                        "CS0198",
                        "A static readonly field cannot be assigned to (except in a static constructor or a variable initializer)",
                        target.span,
                        "remove `readonly` from the field, or set it only in its initializer",
                    );
                    return None;
                }
                Some((Place::StaticField(f), ty))
            }
            ExprKind::ArrayElement { array, index } => {
                Some((Place::ArrayElement { array, index }, ty))
            }
            ExprKind::Indexer {
                target: t,
                index,
                indexer,
            } => {
                if matches!(
                    library().get(indexer).kind,
                    MemberKind::Indexer { setter: true }
                ) {
                    Some((
                        Place::Indexer {
                            target: t,
                            index,
                            indexer,
                        },
                        ty,
                    ))
                } else {
                    let d = library().get(indexer).display(&[]);
                    self.err(
                        "CS0200",
                        format!(
                            "Property or indexer '{d}' cannot be assigned to -- it is read only"
                        ),
                        target.span,
                        "this collection is read-only",
                    );
                    None
                }
            }
            ExprKind::Property {
                member,
                ref type_args,
                ..
            } => {
                let d = library().get(member).display(type_args);
                self.err(
                    "CS0200",
                    format!("Property or indexer '{d}' cannot be assigned to -- it is read only"),
                    target.span,
                    "this property can only be read",
                );
                None
            }
            // A value of unknown type (a `ref` return, a member of a type sema does not model)
            // may well be a variable.
            _ if ty.is_error() => None,
            _ => not_variable(self),
        }
    }
}
