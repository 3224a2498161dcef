//! Query expressions (`from x in xs where ... orderby ... select ...`), translated as C#'s
//! specification translates them (ECMA-334 §12.20.3) into calls of LINQ's operators whose
//! arguments are lambdas over the range variable: `where p` is `.Where(x => p)`, `orderby k
//! descending, k2` is `.OrderByDescending(x => k).ThenBy(x => k2)`, `select e` is
//! `.Select(x => e)` (dropped when `e` is the range variable after another clause), `group e
//! by k` is `.GroupBy(x => k, x => e)`, `into y ...` continues with `y` over the result.
//!
//! A second `from`, a `let` or a `join` brings a second range variable: C# carries both in an
//! anonymous object (a "transparent identifier"); unawait carries them in a `KeyValuePair`
//! (`builtins::PAIR`), and each later clause's lambda takes the pair and declares the range
//! variables from it (`t => { var x = t.Key; var y = t.Value; return p; }`). A second `from`
//! followed only by `where`/`from` clauses and a `select` runs the rest inside the collection
//! selector instead (`.SelectMany(x => from y in ys where p select e)`: the same delegates in the
//! same order, no pair). An explicitly typed range variable is a `Cast<T>()` of its source
//! (linq_cast.rs).

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::hir::Expr;

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
        // `from T x in xs` is `from x in xs.Cast<T>()` (C# §12.20.3.2), `join T x in ys` too.
        if let Some(q) = crate::linq_cast::untyped_query(q) {
            return self.query(&q, span);
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
        let source = self.expr(&q.from.source);
        self.query_body(source, &q.from.name, &q.body, span)
    }

    /// `cur` (a sequence whose elements the range variables `env` name) through `body`'s
    /// clauses.
    fn query_body(
        &mut self,
        mut cur: Expr,
        x: &ast::Ident,
        body: &ast::QueryBody,
        span: Span,
    ) -> Expr {
        let mut env = Env::Var(x.clone());
        for (i, c) in body.clauses.iter().enumerate() {
            let last = i + 1 == body.clauses.len();
            let end_select = match &body.end {
                ast::QueryEnd::Select(e) if last => Some(e),
                _ => None,
            };
            match c {
                ast::QueryClause::Where(p) => {
                    cur = self.query_call(cur, "Where", vec![env.lambda(None, p)], span);
                }
                ast::QueryClause::OrderBy(keys) => {
                    for (j, (k, descending)) in keys.iter().enumerate() {
                        let name = match (j, descending) {
                            (0, false) => "OrderBy",
                            (0, true) => "OrderByDescending",
                            (_, false) => "ThenBy",
                            (_, true) => "ThenByDescending",
                        };
                        cur = self.query_call(cur, name, vec![env.lambda(None, k)], span);
                    }
                }
                ast::QueryClause::From(f) => {
                    if let Some(e) = end_select {
                        // `from x in xs from y in ys select e`: C#'s own translation.
                        let args = vec![env.lambda(None, &f.source), env.lambda(Some(&f.name), e)];
                        cur = self.query_call(cur, "SelectMany", args, span);
                        return self.continuation(cur, body, span);
                    }
                    let rest = &body.clauses[i + 1..];
                    let only_filters = rest.iter().all(|c| {
                        matches!(c, ast::QueryClause::Where(_) | ast::QueryClause::From(_))
                    });
                    if let (true, ast::QueryEnd::Select(e)) = (only_filters, &body.end) {
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
                        let args = vec![env.lambda(None, &inner)];
                        cur = self.query_call(cur, "SelectMany", args, span);
                        return self.continuation(cur, body, span);
                    }
                    let pair = env.pair_with(&f.name, f.span);
                    let args = vec![
                        env.lambda(None, &f.source),
                        env.lambda(Some(&f.name), &pair),
                    ];
                    cur = self.query_call(cur, "SelectMany", args, span);
                    env = env.join(&f.name, f.span);
                }
                ast::QueryClause::Let { name, value } => {
                    let pair = env.pair_with_value(value);
                    cur = self.query_call(cur, "Select", vec![env.lambda(None, &pair)], span);
                    env = env.join(name, name.span);
                }
                ast::QueryClause::Join {
                    name,
                    source,
                    left,
                    right,
                    into,
                    ..
                } => {
                    let (op, second) = match into {
                        Some(g) => ("GroupJoin", g),
                        None => ("Join", name),
                    };
                    let inner = ast::Arg {
                        modifier: None,
                        name: None,
                        value: source.clone(),
                    };
                    let pair = env.pair_with(second, second.span);
                    let result = match end_select {
                        Some(e) => env.lambda(Some(second), e),
                        None => env.lambda(Some(second), &pair),
                    };
                    let args = vec![
                        inner,
                        env.lambda(None, left),
                        lambda(&[name], right),
                        result,
                    ];
                    cur = self.query_call(cur, op, args, span);
                    if end_select.is_some() {
                        return self.continuation(cur, body, span);
                    }
                    env = env.join(second, second.span);
                }
            }
        }
        cur = match (&body.end, &env) {
            (ast::QueryEnd::Select(e), Env::Var(x))
                if is_variable(e, x) && !body.clauses.is_empty() =>
            {
                cur
            }
            (ast::QueryEnd::Select(e), _) => {
                self.query_call(cur, "Select", vec![env.lambda(None, e)], span)
            }
            (ast::QueryEnd::Group { element, key }, Env::Var(x)) if is_variable(element, x) => {
                self.query_call(cur, "GroupBy", vec![env.lambda(None, key)], span)
            }
            (ast::QueryEnd::Group { element, key }, _) => {
                let args = vec![env.lambda(None, key), env.lambda(None, element)];
                self.query_call(cur, "GroupBy", args, span)
            }
            (ast::QueryEnd::Error, _) => Expr::error(span),
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
            Some(res) if self.call_equality(res.callee, &res.type_args, span) => {
                res.into_call(span)
            }
            _ => Expr::error(span),
        }
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

/// The range variables in scope after the clauses so far: one, or several carried in a pair
/// (C#'s transparent identifier), each reached from the pair by its `Key`/`Value` path.
enum Env {
    Var(ast::Ident),
    Carried {
        param: ast::Ident,
        vars: Vec<(ast::Ident, Vec<&'static str>)>,
    },
}

fn name_expr(n: &ast::Ident) -> ast::Expr {
    ast::Expr {
        span: n.span,
        kind: ast::ExprKind::Name {
            name: n.clone(),
            type_args: Vec::new(),
        },
    }
}

fn member(target: ast::Expr, name: &str) -> ast::Expr {
    let span = target.span;
    ast::Expr {
        span,
        kind: ast::ExprKind::Member {
            target: Box::new(target),
            name: ast::Ident {
                name: name.to_string(),
                span,
            },
            type_args: Vec::new(),
        },
    }
}

/// `object.<Pair>(a, b)`: a transparent identifier.
fn pair_expr(a: ast::Expr, b: ast::Expr) -> ast::Expr {
    let span = b.span;
    let callee = member(
        ast::Expr {
            span,
            kind: ast::ExprKind::PredefinedType(ast::PredefinedType::Object),
        },
        crate::builtins::PAIR,
    );
    let arg = |value| ast::Arg {
        modifier: None,
        name: None,
        value,
    };
    ast::Expr {
        span,
        kind: ast::ExprKind::Call {
            callee: Box::new(callee),
            args: vec![arg(a), arg(b)],
        },
    }
}

impl Env {
    fn param(&self) -> &ast::Ident {
        match self {
            Env::Var(x) => x,
            Env::Carried { param, .. } => param,
        }
    }

    /// The lambda (of this environment, then `extra` when given) returning `body`: over a pair,
    /// a block that declares the range variables from it first.
    fn lambda(&self, extra: Option<&ast::Ident>, body: &ast::Expr) -> ast::Arg {
        let params: Vec<&ast::Ident> = std::iter::once(self.param()).chain(extra).collect();
        let Env::Carried { param, vars } = self else {
            return lambda(&params, body);
        };
        let mut stmts: Vec<ast::Stmt> = vars
            .iter()
            .map(|(v, path)| {
                let value = path.iter().fold(name_expr(param), |e, m| member(e, m));
                let var = ast::TypeExpr {
                    span: v.span,
                    kind: ast::TypeExprKind::Named(vec![ast::TypeSegment {
                        name: ast::Ident {
                            name: "var".to_string(),
                            span: v.span,
                        },
                        args: Vec::new(),
                    }]),
                };
                ast::Stmt {
                    span: v.span,
                    kind: ast::StmtKind::LocalDecl(ast::LocalDecl {
                        is_const: false,
                        modifiers: ast::Modifiers::default(),
                        ty: var,
                        declarators: vec![ast::VarDeclarator {
                            name: v.clone(),
                            brackets: Vec::new(),
                            init: Some(value),
                            span: v.span,
                        }],
                    }),
                }
            })
            .collect();
        stmts.push(ast::Stmt {
            span: body.span,
            kind: ast::StmtKind::Return(Some(body.clone())),
        });
        let block = ast::Block {
            stmts,
            span: body.span,
        };
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
        ast::Arg {
            modifier: None,
            name: None,
            value: ast::Expr {
                span: body.span,
                kind: ast::ExprKind::Lambda {
                    attributes: Vec::new(),
                    is_async: false,
                    is_static: false,
                    return_type: None,
                    bare_param: params.len() == 1,
                    params,
                    body: ast::LambdaBody::Block(block),
                },
            },
        }
    }

    /// The pair of this environment's value and the new range variable `y` (a result
    /// selector's body, whose parameters are the environment's and `y`).
    fn pair_with(&self, y: &ast::Ident, _span: Span) -> ast::Expr {
        pair_expr(name_expr(self.param()), name_expr(y))
    }

    /// The pair of this environment's value and `value` (a `let`).
    fn pair_with_value(&self, value: &ast::Expr) -> ast::Expr {
        pair_expr(name_expr(self.param()), value.clone())
    }

    /// The environment of the pairs `pair_with` makes: a new hidden parameter reaching the old
    /// variables through `Key`, and `y` as `Value`.
    fn join(self, y: &ast::Ident, at: Span) -> Env {
        let mut vars = match self {
            Env::Var(x) => vec![(x, vec!["Key"])],
            Env::Carried { vars, .. } => vars
                .into_iter()
                .map(|(v, mut path)| {
                    path.insert(0, "Key");
                    (v, path)
                })
                .collect(),
        };
        vars.push((y.clone(), vec!["Value"]));
        Env::Carried {
            param: ast::Ident {
                name: format!("<>h__TransparentIdentifier{}", at.start),
                span: at,
            },
            vars,
        }
    }
}
