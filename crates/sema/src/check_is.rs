//! Type tests: `e is T`, `e is T x`, `e is null`, `e is not null`, `e as T`. Other patterns
//! (constants, relational, property and list patterns) draw one UA0100 and declare their names.

use unawait_syntax::ast::{self, Designation, PatternKind};
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::convert;
use crate::hir::{BinOp, Conversion, Expr, ExprKind, LocalKind, TypeTestKind};
use crate::resolve::Resolved;
use crate::types::Ty;

/// What a pattern tests, as far as this slice of the language reads patterns.
enum Test<'a> {
    Type(Ty, Option<&'a Designation>),
    Null {
        negated: bool,
    },
    /// A pattern outside this slice, by what C# calls it.
    Other(&'static str),
}

impl Body<'_, '_> {
    pub(crate) fn is_expr(
        &mut self,
        inner: &ast::Expr,
        pattern: &ast::Pattern,
        span: Span,
    ) -> Expr {
        let v = self.expr(inner);
        let test = self.pattern_test(pattern);
        if v.ty.is_error() {
            self.declare_pattern_names(pattern);
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        match test {
            Test::Null { negated } => {
                if v.ty.is_value_type() {
                    self.err(
                        "CS0037",
                        format!(
                            "Cannot convert null to '{}' because it is a non-nullable value type",
                            v.ty
                        ),
                        pattern.span,
                        "a value of this type is never null",
                    );
                    return mk(ExprKind::Error, Ty::Bool, span);
                }
                let null = mk(ExprKind::Const(ConstValue::Null), Ty::Object, pattern.span);
                let obj = convert::apply(v, Some(Conversion::Reference), &Ty::Object);
                let op = if negated { BinOp::Ne } else { BinOp::Eq };
                mk(
                    ExprKind::Binary {
                        op,
                        operand_ty: Ty::Object,
                        lhs: Box::new(obj),
                        rhs: Box::new(null),
                    },
                    Ty::Bool,
                    span,
                )
            }
            Test::Other(_)
                if matches!(v.ty, Ty::Int | Ty::Long | Ty::Double | Ty::Bool)
                    || (v.ty.is_reference_type() && v.ty != Ty::Null)
                    || (v.ty.is_struct() && is_property_pattern(pattern)) =>
            {
                // Constant, relational, `and`/`or`/`not`, `var` and discard patterns: the value
                // goes to a hidden local that the pattern's test reads (check_switch_expr.rs).
                let tmp = self.hidden_local("<is>", v.ty.clone(), inner.span);
                match self.pattern_cond(tmp, pattern) {
                    Some(c) => {
                        let e = self.after_store(tmp, v, c);
                        Expr { span, ..e }
                    }
                    None => mk(ExprKind::Error, Ty::Bool, span),
                }
            }
            Test::Other(what) => {
                self.cx.unsupported(what, pattern.span);
                self.declare_pattern_names(pattern);
                mk(ExprKind::Error, Ty::Bool, span)
            }
            Test::Type(target, Some(d))
                if target.is_value_type() && v.ty.is_reference_type() && v.ty != Ty::Null =>
            {
                // `o is int n`: the type test, then the unboxed value in `n`.
                let tmp = self.hidden_local("<is>", v.ty.clone(), inner.span);
                match self.type_cond(tmp, target, Some(d), pattern.span) {
                    Some(c) => {
                        let e = self.after_store(tmp, v, c);
                        Expr { span, ..e }
                    }
                    None => mk(ExprKind::Error, Ty::Bool, span),
                }
            }
            Test::Type(target, designation) => {
                self.type_test(v, target, designation, pattern.span, span)
            }
        }
    }

    fn pattern_test<'p>(&mut self, p: &'p ast::Pattern) -> Test<'p> {
        match &p.kind {
            PatternKind::Paren(inner) => self.pattern_test(inner),
            PatternKind::Type(te) => {
                Test::Type(self.cx.resolve_value_type(te, self.ns.as_deref()), None)
            }
            PatternKind::Declaration { ty, designation } => Test::Type(
                self.cx.resolve_value_type(ty, self.ns.as_deref()),
                Some(designation),
            ),
            PatternKind::Constant(e) if is_null(e) => Test::Null { negated: false },
            PatternKind::Not(inner) if matches!(&inner.kind, PatternKind::Constant(e) if is_null(e)) => {
                Test::Null { negated: true }
            }
            PatternKind::Constant(
                e @ ast::Expr {
                    kind:
                        ast::ExprKind::Name { .. }
                        | ast::ExprKind::Member { .. }
                        | ast::ExprKind::PredefinedType(_),
                    ..
                },
            ) => match self.resolve(e) {
                Resolved::Type(t) => Test::Type(t, None),
                _ => Test::Other("constant patterns are"),
            },
            PatternKind::Constant(_) => Test::Other("constant patterns are"),
            PatternKind::Discard | PatternKind::Var(_) => {
                Test::Other("`var` and discard patterns are")
            }
            PatternKind::Relational { .. } => Test::Other("relational patterns (`> 5`) are"),
            PatternKind::Not(_) | PatternKind::And(..) | PatternKind::Or(..) => {
                Test::Other("`not`, `and` and `or` patterns are")
            }
            PatternKind::Recursive { .. } => Test::Other("property and positional patterns are"),
            PatternKind::List { .. } | PatternKind::Slice(_) => Test::Other("list patterns are"),
        }
    }

    pub(crate) fn type_test(
        &mut self,
        v: Expr,
        target: Ty,
        designation: Option<&Designation>,
        pattern_span: Span,
        span: Span,
    ) -> Expr {
        if target.is_error() {
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        if !runtime_checkable(&target) {
            self.cx
                .unsupported(&format!("type tests against `{target}` are"), pattern_span);
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        // A value of a type parameter is tested as C# tests it, boxed (a reference argument's
        // conversion to `object` is none).
        let v = match &v.ty {
            Ty::Generic(_) if !v.ty.is_value_type() => {
                let c = convert::implicit(&v.ty, &Ty::Object).flatten();
                convert::apply(v, c, &Ty::Object)
            }
            _ => v,
        };
        // A nullable value is its value's box (or null): `x is int n` of an `int?` tests the
        // box as `o is int n` does, and binds the value.
        let nullable_of_target = v.ty.nullable_of().is_some_and(|u| *u == target);
        // A value type tested is one boxed first: not in this slice. (The program's structs
        // are objects: `o is S s` copies the box's struct into `s`, `o is int n` unboxes.)
        if v.ty.is_value_type() && !nullable_of_target {
            self.cx
                .unsupported("type patterns on value types are", pattern_span);
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        if (v.ty.nullable_of().is_some() && !nullable_of_target) || target.nullable_of().is_some() {
            self.cx
                .unsupported("type tests of nullable values are", pattern_span);
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        if convert::explicit(&v.ty, &target).is_none() {
            let msg = format!(
                "An expression of type '{}' cannot be handled by a pattern of type '{target}'.",
                v.ty
            );
            self.err(
                "CS8121",
                msg,
                pattern_span,
                "the value can never be of this type",
            );
            if let Some(d) = designation {
                self.declare_designation(d);
            }
            return mk(ExprKind::Error, Ty::Bool, span);
        }
        let local = match designation {
            Some(Designation::Name(id)) => {
                Some(self.declare_local(&id.name, target.clone(), LocalKind::Local, id.span))
            }
            Some(d) => {
                self.declare_designation(d);
                None
            }
            None => None,
        };
        mk(
            ExprKind::TypeTest {
                expr: Box::new(v),
                target,
                kind: TypeTestKind::Is,
                local,
            },
            Ty::Bool,
            span,
        )
    }

    pub(crate) fn as_expr(&mut self, inner: &ast::Expr, te: &ast::TypeExpr, span: Span) -> Expr {
        let v = self.expr(inner);
        let target = self.cx.resolve_value_type(te, self.ns.as_deref());
        if v.ty.is_error() || target.is_error() {
            return mk(ExprKind::Error, target, span);
        }
        if target.is_value_type() {
            self.err(
                "CS0077",
                format!("The as operator must be used with a reference type or nullable type ('{target}' is a non-nullable value type)"),
                te.span,
                "use a cast `(T)e`, or a reference type",
            );
            return mk(ExprKind::Error, target, span);
        }
        if v.ty.is_value_type() {
            self.cx.unsupported("`as` on value types (boxing) is", span);
            return mk(ExprKind::Error, target, span);
        }
        // `o as int?`: the box itself when it is an `int`'s (an `int?` is represented by it).
        if let Some(u) = target.nullable_of().filter(|u| runtime_checkable(u)) {
            if v.ty.is_reference_type() && convert::explicit(&v.ty, u).is_some() {
                return mk(
                    ExprKind::TypeTest {
                        expr: Box::new(v),
                        target: u.clone(),
                        kind: TypeTestKind::As,
                        local: None,
                    },
                    target,
                    span,
                );
            }
        }
        if !runtime_checkable(&target) {
            self.cx
                .unsupported(&format!("`as` conversions to `{target}` are"), span);
            return mk(ExprKind::Error, target, span);
        }
        if convert::explicit(&v.ty, &target).is_none() {
            if self.type_param_gap(&v.ty.clone(), "`as` conversions", span) {
                return mk(ExprKind::Error, target, span);
            }
            self.err(
                "CS0039",
                format!("Cannot convert type '{}' to '{target}' via a reference conversion, boxing conversion, unboxing conversion, wrapping conversion, or null type conversion", v.ty),
                span,
                "`as` converts only between related reference types",
            );
            return mk(ExprKind::Error, target, span);
        }
        mk(
            ExprKind::TypeTest {
                expr: Box::new(v),
                target: target.clone(),
                kind: TypeTestKind::As,
                local: None,
            },
            target,
            span,
        )
    }
}

/// Types whose objects the runtime can tell apart: the program's classes, `object`, `string`,
/// the exception classes, arrays, lists, dictionaries, sets, queues, stacks, and the boxes of the
/// primitive types.
pub(crate) fn runtime_checkable(t: &Ty) -> bool {
    match t {
        // Checked again with each instantiation's argument (`instantiate.rs`).
        Ty::Generic(_) => true,
        // A delegate object records its delegate type's descriptor.
        t if t.delegate_sig().is_some() => true,
        Ty::Class(..) | Ty::Enum(..) | Ty::Object | Ty::String | Ty::Array(_) => true,
        Ty::Int | Ty::Long | Ty::Bool | Ty::Double | Ty::Char | Ty::Small(_) => true,
        Ty::UInt | Ty::ULong | Ty::Float => true,
        Ty::Lib(crate::types::Lib::List, _) => true,
        // The runtime asks whether the object's class implements it (`disposable.rs`).
        Ty::Lib(crate::types::Lib::IDisposable, _) => true,
        // A box of one has the `System.TimeSpan` descriptor.
        Ty::Lib(crate::types::Lib::TimeSpan, _) => true,
        // Classes of the library with one descriptor each (runtime `casts.rs`).
        Ty::Lib(
            crate::types::Lib::ManualResetEventSlim
            | crate::types::Lib::ManualResetEvent
            | crate::types::Lib::AutoResetEvent
            | crate::types::Lib::CountdownEvent
            | crate::types::Lib::Stopwatch
            | crate::types::Lib::Thread
            | crate::types::Lib::TaskCompletionSourceVoid
            | crate::types::Lib::SemaphoreSlim
            | crate::types::Lib::CancellationTokenSource,
            _,
        ) => true,
        // Each object has its exact type's descriptor (`Dictionary<string, int>`).
        Ty::Lib(
            crate::types::Lib::Dictionary
            | crate::types::Lib::HashSet
            | crate::types::Lib::Queue
            | crate::types::Lib::Stack,
            _,
        ) => true,
        // Checked against the collection the object is and its element kinds
        // (runtime ifaces.rs); a type parameter's kind is not known where the test is made.
        Ty::Lib(_, args) if t.is_collection_interface() => {
            args.iter().all(|a| !matches!(a, Ty::Param(..)))
        }
        t => t.is_exception(),
    }
}

fn is_null(e: &ast::Expr) -> bool {
    matches!(e.kind, ast::ExprKind::Literal(ast::Literal::Null))
}

/// `{ X: 1 }`, `S { X: 1 } s`: what a struct value can be tested with (check_property_pattern.rs).
fn is_property_pattern(p: &ast::Pattern) -> bool {
    match &p.kind {
        PatternKind::Paren(inner) => is_property_pattern(inner),
        PatternKind::Recursive { positional, .. } => positional.is_none(),
        _ => false,
    }
}
