//! Query expressions (`from x in xs where ... orderby ... select ...`), translated as C#'s
//! specification translates them (ECMA-334 §12.20.3) into calls of LINQ's operators whose
//! arguments are lambdas over the range variable: `where p` is `.Where(x => p)`, `orderby k
//! descending, k2` is `.OrderByDescending(x => k).ThenBy(x => k2)`, `select e` is
//! `.Select(x => e)` (dropped when `e` is the range variable after another clause), `group e
//! by k` is `.GroupBy(x => k, x => e)`, `into y ...` continues with `y` over the result.
//!
//! A second `from` is `.SelectMany(x => ys, (x, y) => e)` when `select e` follows it at once.
//! C# carries both variables into later clauses in an anonymous object (a "transparent
//! identifier"), which unawait lacks; when only `where` and `from` clauses and a `select`
//! follow, the rest of the query runs inside the collection selector instead
//! (`.SelectMany(x => from y in ys where p select e)`), which calls the same delegates in the
//! same order and gives the same sequence. `join ... on k equals k2 [into g]` followed by
//! `select e` is `.Join(ys, x => k, y => k2, (x, y) => e)` (`GroupJoin` with `(x, g)`).
//! Anything else after a second `from` or a `join`, `let`, and explicitly typed range variables
//! are one UA0100 naming the clause.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::check_expr::mk;
use crate::hir::{Expr, ExprKind};

fn lambda(params: &[&ast::Ident], body: &ast::Expr) -> ast::Arg {
    let params = params
        .iter()
        .map(|&name| ast::LambdaParam {
            attributes: Vec::new(),
            modifier: None,
            ty: None,
            name: name.clone(),
            default: None,
        })
        .collect::<Vec<_>>();
    let value = ast::Expr {
        span: body.span,
        kind: ast::ExprKind::Lambda {
            attributes: Vec::new(),
            is_async: false,
            is_static: false,
            return_type: None,
            bare_param: params.len() == 1,
            params,
            body: ast::LambdaBody::Expr(Box::new(body.clone())),
        },
    };
    ast::Arg {
        modifier: None,
        name: None,
        value,
    }
}

/// `e` is the range variable `x` itself.
fn is_variable(e: &ast::Expr, x: &ast::Ident) -> bool {
    matches!(&e.kind, ast::ExprKind::Name { name, type_args } if name.name == x.name && type_args.is_empty())
}

impl Body<'_, '_> {
    pub(crate) fn query(&mut self, q: &ast::QueryExpr, span: Span) -> Expr {
        if let Some(ty) = &q.from.ty {
            self.cx.unsupported(
                "an explicitly typed range variable (`from T x in ...`, a `Cast<T>()`) is",
                ty.span,
            );
            return Expr::error(span);
        }
        // The clauses become lambdas: C# allows an `await` only where none is made.
        let mut bodies = Vec::new();
        lambda_bodies(&q.body, &mut bodies);
        if let Some(at) = bodies.into_iter().find_map(first_await) {
            self.err(
                "CS1995",
                "The 'await' operator may only be used in a query expression within the first collection expression of the initial 'from' clause or within the collection expression of a 'join' clause",
                at,
                "await the value before the query, into a local",
            );
            return Expr::error(span);
        }
        if let Some(what) = Self::unsupported_clause(&q.body) {
            self.cx.unsupported(what.0, what.1);
            return Expr::error(span);
        }
        let source = self.expr(&q.from.source);
        self.query_body(source, &q.from.name, &q.body, span)
    }

    /// The first clause the translation lacks, anywhere in `body` (its continuations too).
    fn unsupported_clause(body: &ast::QueryBody) -> Option<(&'static str, Span)> {
        let mut second_from = false;
        for (i, c) in body.clauses.iter().enumerate() {
            match c {
                ast::QueryClause::Let { name, .. } => {
                    return Some((
                        "`let` clauses in query expressions (C# carries the new variable in an anonymous object) are",
                        name.span,
                    ))
                }
                ast::QueryClause::Join { ty: Some(ty), .. } => {
                    return Some((
                        "an explicitly typed range variable (`join T x in ...`, a `Cast<T>()`) is",
                        ty.span,
                    ))
                }
                // C#'s translation is a `Join` (`GroupJoin`) call whose result selector is the
                // `select`'s: a clause between them needs an anonymous object.
                ast::QueryClause::Join { name, .. }
                    if i + 1 < body.clauses.len()
                        || !matches!(body.end, ast::QueryEnd::Select(_)) =>
                {
                    return Some((
                        "a `join` clause followed by anything but `select` (C# carries both range variables in an anonymous object) is",
                        name.span,
                    ))
                }
                ast::QueryClause::From(f) => {
                    if let Some(ty) = &f.ty {
                        return Some((
                            "an explicitly typed range variable (`from T x in ...`, a `Cast<T>()`) is",
                            ty.span,
                        ));
                    }
                    second_from = true;
                }
                ast::QueryClause::OrderBy(keys) if second_from => {
                    let at = keys.first().map_or(body_span(body), |k| k.0.span);
                    return Some((
                        "an `orderby` clause after a second `from` clause (C# carries both range variables in an anonymous object) is",
                        at,
                    ));
                }
                _ => {}
            }
        }
        if second_from {
            if let ast::QueryEnd::Group { key, .. } = &body.end {
                return Some((
                    "a `group ... by` clause after a second `from` clause (C# carries both range variables in an anonymous object) is",
                    key.span,
                ));
            }
        }
        body.continuation
            .as_ref()
            .and_then(|(_, b)| Self::unsupported_clause(b))
    }

    /// `cur` (a sequence whose elements the range variable `x` names) through `body`'s clauses.
    fn query_body(
        &mut self,
        mut cur: Expr,
        x: &ast::Ident,
        body: &ast::QueryBody,
        span: Span,
    ) -> Expr {
        for (i, c) in body.clauses.iter().enumerate() {
            match c {
                ast::QueryClause::Where(p) => {
                    cur = self.query_call(cur, "Where", vec![lambda(&[x], p)], span);
                }
                ast::QueryClause::OrderBy(keys) => {
                    for (j, (k, descending)) in keys.iter().enumerate() {
                        let name = match (j, descending) {
                            (0, false) => "OrderBy",
                            (0, true) => "OrderByDescending",
                            (_, false) => "ThenBy",
                            (_, true) => "ThenByDescending",
                        };
                        cur = self.query_call(cur, name, vec![lambda(&[x], k)], span);
                    }
                }
                ast::QueryClause::From(f) => {
                    let rest = &body.clauses[i + 1..];
                    let ast::QueryEnd::Select(e) = &body.end else {
                        return Expr::error(span);
                    };
                    cur = if rest.is_empty() {
                        // `from x in xs from y in ys select e`: C#'s own translation.
                        let args = vec![lambda(&[x], &f.source), lambda(&[x, &f.name], e)];
                        self.query_call(cur, "SelectMany", args, span)
                    } else {
                        // The rest of the query, over `ys`, for each `x`.
                        let inner = ast::Expr {
                            span: query_span_of(f, e.span),
                            kind: ast::ExprKind::Query(Box::new(ast::QueryExpr {
                                from: f.clone(),
                                body: ast::QueryBody {
                                    clauses: rest.to_vec(),
                                    end: body.end.clone(),
                                    continuation: None,
                                },
                            })),
                        };
                        self.query_call(cur, "SelectMany", vec![lambda(&[x], &inner)], span)
                    };
                    return self.continuation(cur, body, span);
                }
                ast::QueryClause::Join {
                    name,
                    source,
                    left,
                    right,
                    into,
                    ..
                } => {
                    let ast::QueryEnd::Select(e) = &body.end else {
                        return Expr::error(span);
                    };
                    let (op, second) = match into {
                        Some(g) => ("GroupJoin", g),
                        None => ("Join", name),
                    };
                    let inner = ast::Arg {
                        modifier: None,
                        name: None,
                        value: source.clone(),
                    };
                    let args = vec![
                        inner,
                        lambda(&[x], left),
                        lambda(&[name], right),
                        lambda(&[x, second], e),
                    ];
                    cur = self.query_call(cur, op, args, span);
                    return self.continuation(cur, body, span);
                }
                // Reported by `unsupported_clause`.
                ast::QueryClause::Let { .. } => return Expr::error(span),
            }
        }
        cur = match &body.end {
            ast::QueryEnd::Select(e) if is_variable(e, x) && !body.clauses.is_empty() => cur,
            ast::QueryEnd::Select(e) => self.query_call(cur, "Select", vec![lambda(&[x], e)], span),
            ast::QueryEnd::Group { element, key } if is_variable(element, x) => {
                self.query_call(cur, "GroupBy", vec![lambda(&[x], key)], span)
            }
            ast::QueryEnd::Group { element, key } => {
                let args = vec![lambda(&[x], key), lambda(&[x], element)];
                self.query_call(cur, "GroupBy", args, span)
            }
            ast::QueryEnd::Error => Expr::error(span),
        };
        self.continuation(cur, body, span)
    }

    /// `... into y rest`: the rest of the query over the result so far.
    fn continuation(&mut self, cur: Expr, body: &ast::QueryBody, span: Span) -> Expr {
        match &body.continuation {
            Some((y, rest)) => self.query_body(cur, y, rest, span),
            None => cur,
        }
    }

    /// `recv.name(args)` with LINQ's operator `name`, as a call `recv.name(args)` resolves.
    fn query_call(&mut self, recv: Expr, name: &str, args: Vec<ast::Arg>, span: Span) -> Expr {
        if recv.ty.is_error() {
            return Expr::error(span);
        }
        if !self.cx.imports.contains("System.Linq") {
            self.err(
                "CS1935",
                format!("Could not find an implementation of the query pattern for source type '{}'.  '{name}' not found.  Are you missing required assembly references or a using directive for 'System.Linq'?", recv.ty),
                recv.span,
                "add `using System.Linq;` at the top of the file",
            );
            return Expr::error(span);
        }
        let Some(g) = self.linq_group(recv.clone(), name) else {
            self.err(
                "CS1936",
                format!("Could not find an implementation of the query pattern for source type '{}'.  '{name}' not found.", recv.ty),
                recv.span,
                "a query's source must be a sequence (an array, a list, a query, ...)",
            );
            return Expr::error(span);
        };
        let args = self.args(&args);
        match self.resolve_call(g, args, span, false) {
            Some(res) if self.call_equality(res.callee, &res.type_args, span) => mk(
                ExprKind::Call {
                    callee: res.callee,
                    receiver: res.receiver,
                    args: res.args,
                    type_args: res.type_args,
                },
                res.ret,
                span,
            ),
            _ => Expr::error(span),
        }
    }
}

fn body_span(body: &ast::QueryBody) -> Span {
    match &body.end {
        ast::QueryEnd::Select(e) => e.span,
        ast::QueryEnd::Group { key, .. } => key.span,
        ast::QueryEnd::Error => Span::new(0, 0),
    }
}

fn query_span_of(f: &ast::FromClause, end: Span) -> Span {
    Span::new(f.span.start as usize, end.end.max(f.span.end) as usize)
}

/// The expressions of `body` that the translation puts in lambdas (all but the `join`s'
/// collections).
fn lambda_bodies<'e>(body: &'e ast::QueryBody, out: &mut Vec<&'e ast::Expr>) {
    for c in &body.clauses {
        match c {
            ast::QueryClause::From(f) => out.push(&f.source),
            ast::QueryClause::Let { value, .. } => out.push(value),
            ast::QueryClause::Where(p) => out.push(p),
            ast::QueryClause::Join { left, right, .. } => {
                out.push(left);
                out.push(right);
            }
            ast::QueryClause::OrderBy(keys) => out.extend(keys.iter().map(|k| &k.0)),
        }
    }
    match &body.end {
        ast::QueryEnd::Select(e) => out.push(e),
        ast::QueryEnd::Group { element, key } => {
            out.push(element);
            out.push(key);
        }
        ast::QueryEnd::Error => {}
    }
    if let Some((_, rest)) = &body.continuation {
        lambda_bodies(rest, out);
    }
}

/// Where `e` awaits outside the lambdas and queries nested in it.
fn first_await(e: &ast::Expr) -> Option<Span> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ast::ExprKind::Await(_) => return Some(e.span),
            ast::ExprKind::Lambda { .. }
            | ast::ExprKind::AnonymousMethod { .. }
            | ast::ExprKind::Query(_) => {}
            _ => crate::skipped::children(e, &mut stack),
        }
    }
    None
}
