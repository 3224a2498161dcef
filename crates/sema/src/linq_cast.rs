//! LINQ's `Cast<T>()` and `OfType<T>()` on a sequence, checked as what they do element by element:
//! `xs.Cast<T>()` is `xs.Select(x => (T)(object)x)` (deferred; an element that is not a `T`
//! throws .NET's InvalidCastException when it is reached) and `xs.OfType<T>()` is
//! `xs.Where(x => (object)x is T).Select(x => (T)(object)x)` (nulls and other types skipped).
//! .NET returns the source itself when it already is an `IEnumerable<T>`; only reference
//! identity could tell, and nothing here prints it.

use unawait_syntax::ast::{self, ExprKind as A};
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::Expr;

/// The synthetic range variable: not a C# identifier, so it hides no name of the program.
const ELEMENT: &str = "<element>";

impl Body<'_, '_> {
    /// `recv.Cast<T>()` / `recv.OfType<T>()` with `System.Linq` in scope and `recv` a sequence;
    /// `None` for any other call.
    pub(crate) fn linq_cast_call(
        &mut self,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> Option<Expr> {
        let A::Member {
            target,
            name,
            type_args,
        } = &callee.kind
        else {
            return None;
        };
        let of_type = match name.name.as_str() {
            "Cast" => false,
            "OfType" => true,
            _ => return None,
        };
        if type_args.len() != 1 || !args.is_empty() || !self.cx.imports.contains("System.Linq") {
            return None;
        }
        // Only a sequence's own (a user's extension method of that name, or a type name as
        // `Enumerable`, takes the usual path): the receiver is looked at without a trace.
        let crate::resolve::Resolved::Value(v) = self.resolve_untraced(target) else {
            return None;
        };
        if crate::convert::enumerable_elem(&v.ty).is_none()
            || self.cx.extension_targets.contains_key(name.name.as_str())
        {
            return None;
        }
        let ty = &type_args[0];
        let at = callee.span;
        let element = ast::Ident {
            name: ELEMENT.to_string(),
            span: at,
        };
        let boxed = || {
            expr(
                A::Cast {
                    ty: object_type(at),
                    expr: Box::new(expr(
                        A::Name {
                            name: element.clone(),
                            type_args: Vec::new(),
                        },
                        at,
                    )),
                },
                at,
            )
        };
        let mut source = (**target).clone();
        if of_type {
            let test = expr(
                A::Is {
                    expr: Box::new(boxed()),
                    pattern: Box::new(ast::Pattern {
                        kind: ast::PatternKind::Type(ty.clone()),
                        span: ty.span,
                    }),
                },
                at,
            );
            source = call(source, "Where", lambda(&element, test), at);
        }
        let cast = expr(
            A::Cast {
                ty: ty.clone(),
                expr: Box::new(boxed()),
            },
            at,
        );
        let select = call(source, "Select", lambda(&element, cast), at);
        let A::Call { callee, args } = &select.kind else {
            return None;
        };
        Some(self.call(callee, args, span))
    }
}

fn expr(kind: A, span: Span) -> ast::Expr {
    ast::Expr { kind, span }
}

fn object_type(span: Span) -> ast::TypeExpr {
    ast::TypeExpr {
        kind: ast::TypeExprKind::Predefined(ast::PredefinedType::Object),
        span,
    }
}

fn lambda(param: &ast::Ident, body: ast::Expr) -> ast::Expr {
    let span = body.span;
    expr(
        A::Lambda {
            attributes: Vec::new(),
            is_async: false,
            is_static: false,
            return_type: None,
            params: vec![ast::LambdaParam {
                attributes: Vec::new(),
                modifier: None,
                ty: None,
                name: param.clone(),
                default: None,
            }],
            bare_param: true,
            body: ast::LambdaBody::Expr(Box::new(body)),
        },
        span,
    )
}

/// `target.name(arg)`.
fn call(target: ast::Expr, name: &str, arg: ast::Expr, span: Span) -> ast::Expr {
    let member = expr(
        A::Member {
            target: Box::new(target),
            name: ast::Ident {
                name: name.to_string(),
                span,
            },
            type_args: Vec::new(),
        },
        span,
    );
    expr(
        A::Call {
            callee: Box::new(member),
            args: vec![ast::Arg {
                modifier: None,
                name: None,
                value: arg,
            }],
        },
        span,
    )
}

/// `q` with each explicitly typed range variable's source cast (`from T x in xs` is `from x in
/// xs.Cast<T>()`, a `join T x in ys` likewise); `None` when it has none.
pub(crate) fn untyped_query(q: &ast::QueryExpr) -> Option<ast::QueryExpr> {
    fn typed(body: &ast::QueryBody) -> bool {
        body.clauses.iter().any(|c| {
            matches!(
                c,
                ast::QueryClause::From(ast::FromClause { ty: Some(_), .. })
                    | ast::QueryClause::Join { ty: Some(_), .. }
            )
        }) || body.continuation.as_ref().is_some_and(|(_, b)| typed(b))
    }
    fn cast(source: &mut ast::Expr, ty: Option<ast::TypeExpr>) {
        let Some(ty) = ty else {
            return;
        };
        let span = source.span;
        let member = expr(
            A::Member {
                target: Box::new(source.clone()),
                name: ast::Ident {
                    name: "Cast".to_string(),
                    span: ty.span,
                },
                type_args: vec![ty],
            },
            span,
        );
        *source = expr(
            A::Call {
                callee: Box::new(member),
                args: Vec::new(),
            },
            span,
        );
    }
    fn untype(body: &mut ast::QueryBody) {
        for c in &mut body.clauses {
            match c {
                ast::QueryClause::From(f) => cast(&mut f.source, f.ty.take()),
                ast::QueryClause::Join { ty, source, .. } => cast(source, ty.take()),
                _ => {}
            }
        }
        if let Some((_, b)) = &mut body.continuation {
            untype(b);
        }
    }
    if q.from.ty.is_none() && !typed(&q.body) {
        return None;
    }
    let mut q = q.clone();
    cast(&mut q.from.source, q.from.ty.take());
    untype(&mut q.body);
    Some(q)
}
