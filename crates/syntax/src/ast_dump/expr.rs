//! Types, expressions, patterns and queries as S-expressions.

use super::{atom, block, inline, join, param_modifier, params, sexp, Node};
use crate::ast::*;

pub(super) fn ty(t: &TypeExpr) -> String {
    let segments = |segs: &[TypeSegment]| {
        join(segs, "", ".", "", |s| {
            format!("{}{}", s.name.name, join(&s.args, "<", ", ", ">", ty))
        })
    };
    match &t.kind {
        TypeExprKind::Predefined(p) => p.as_str().to_string(),
        TypeExprKind::Named(segs) => segments(segs),
        TypeExprKind::AliasQualified { alias, rest } => {
            format!("{}::{}", alias.name, segments(rest))
        }
        TypeExprKind::Array { element, rank } => {
            format!(
                "{}[{}]",
                ty(element),
                ",".repeat(rank.saturating_sub(1) as usize)
            )
        }
        TypeExprKind::Nullable(inner) => format!("{}?", ty(inner)),
        TypeExprKind::Pointer(inner) => format!("{}*", ty(inner)),
        TypeExprKind::Tuple(ts) => join(ts, "(", ", ", ")", |e| match &e.name {
            Some(n) => format!("{} {}", ty(&e.ty), n.name),
            None => ty(&e.ty),
        }),
        TypeExprKind::FunctionPointer(ts) => format!("delegate*{}", join(ts, "<", ", ", ">", ty)),
        TypeExprKind::Ref { readonly, inner } => {
            let ro = if *readonly { "readonly " } else { "" };
            format!("ref {ro}{}", ty(inner))
        }
        TypeExprKind::Omitted => String::new(),
        TypeExprKind::Error => "<error>".to_string(),
    }
}

pub(super) fn arg(a: &Arg) -> Node {
    if a.name.is_none() && a.modifier.is_none() {
        return expr(&a.value);
    }
    let mut kids: Vec<Node> = a
        .name
        .iter()
        .map(|n| atom(format!("{}:", n.name)))
        .collect();
    kids.extend(a.modifier.iter().map(|(m, _)| atom(param_modifier(*m))));
    kids.push(expr(&a.value));
    sexp("arg", kids)
}

fn literal(l: &Literal) -> Node {
    let (head, value) = match l {
        Literal::Int(v, suffix) => {
            let s = match suffix {
                IntSuffix::None => "",
                IntSuffix::Long => "L",
                IntSuffix::Unsigned => "U",
                IntSuffix::UnsignedLong => "UL",
            };
            ("int", format!("{v}{s}"))
        }
        Literal::Double(v) => ("double", format!("{v:?}")),
        Literal::Float(v) => ("float", format!("{v:?}")),
        Literal::Decimal(v) => ("decimal", v.clone()),
        Literal::String(v) => ("string", format!("{v:?}")),
        Literal::Utf8String(v) => ("utf8", format!("{v:?}")),
        Literal::Char(v) => ("char", format!("{v:?}")),
        Literal::Bool(v) => return atom(v.to_string()),
        Literal::Null => return atom("null"),
    };
    sexp(head, vec![atom(value)])
}

fn interp_part(p: &InterpPart) -> Node {
    match p {
        InterpPart::Text(t) => atom(format!("{t:?}")),
        InterpPart::Hole {
            expr: e,
            alignment,
            format,
        } => {
            let mut kids = vec![expr(e)];
            kids.extend(alignment.iter().map(|a| sexp("align", vec![expr(a)])));
            kids.extend(
                format
                    .iter()
                    .map(|f| sexp("format", vec![atom(format!("{f:?}"))])),
            );
            sexp("hole", kids)
        }
    }
}

fn designation(d: &Designation) -> String {
    match d {
        Designation::Name(n) => n.name.clone(),
        Designation::Discard(_) => "_".into(),
        Designation::Tuple(parts, _) => join(parts, "(", ", ", ")", designation),
    }
}

pub(super) fn pattern(p: &Pattern) -> Node {
    let subs = |list: &[Subpattern]| -> Vec<Node> {
        list.iter()
            .map(|s| match &s.name {
                Some(n) => sexp("sub", vec![expr(n), pattern(&s.pattern)]),
                None => pattern(&s.pattern),
            })
            .collect()
    };
    match &p.kind {
        PatternKind::Discard => atom("_"),
        PatternKind::Var(d) => sexp("var", vec![atom(designation(d))]),
        PatternKind::Declaration {
            ty: t,
            designation: d,
        } => sexp("declare", vec![atom(ty(t)), atom(designation(d))]),
        PatternKind::Type(t) => sexp("type", vec![atom(ty(t))]),
        PatternKind::Constant(e) => sexp("constant", vec![expr(e)]),
        PatternKind::Relational { op, value } => sexp(op.as_str(), vec![expr(value)]),
        PatternKind::Not(inner) => sexp("not", vec![pattern(inner)]),
        PatternKind::And(a, b) => sexp("and", vec![pattern(a), pattern(b)]),
        PatternKind::Or(a, b) => sexp("or", vec![pattern(a), pattern(b)]),
        PatternKind::Paren(inner) => pattern(inner),
        PatternKind::Recursive {
            ty: t,
            positional,
            properties,
            designation: d,
        } => {
            let mut kids: Vec<Node> = t.iter().map(|t| atom(ty(t))).collect();
            kids.extend(positional.iter().map(|l| sexp("positional", subs(l))));
            kids.extend(properties.iter().map(|l| sexp("properties", subs(l))));
            kids.extend(d.iter().map(|d| atom(designation(d))));
            sexp("recursive", kids)
        }
        PatternKind::List {
            elements,
            designation: d,
        } => {
            let mut kids: Vec<Node> = elements.iter().map(pattern).collect();
            kids.extend(d.iter().map(|d| atom(designation(d))));
            sexp("list", kids)
        }
        PatternKind::Slice(inner) => sexp("slice", inner.iter().map(|p| pattern(p)).collect()),
    }
}

fn query_body(b: &QueryBody, kids: &mut Vec<Node>) {
    for c in &b.clauses {
        kids.push(match c {
            QueryClause::From(f) => from(f),
            QueryClause::Let { name, value } => {
                sexp("let", vec![atom(name.name.clone()), expr(value)])
            }
            QueryClause::Where(e) => sexp("where", vec![expr(e)]),
            QueryClause::Join {
                ty: t,
                name,
                source,
                left,
                right,
                into,
            } => {
                let mut k: Vec<Node> = t.iter().map(|t| atom(ty(t))).collect();
                k.push(atom(name.name.clone()));
                k.extend([expr(source), expr(left), expr(right)]);
                k.extend(
                    into.iter()
                        .map(|i| sexp("into", vec![atom(i.name.clone())])),
                );
                sexp("join", k)
            }
            QueryClause::OrderBy(keys) => sexp(
                "orderby",
                keys.iter()
                    .map(|(e, desc)| {
                        if *desc {
                            sexp("descending", vec![expr(e)])
                        } else {
                            expr(e)
                        }
                    })
                    .collect(),
            ),
        });
    }
    kids.push(match &b.end {
        QueryEnd::Select(e) => sexp("select", vec![expr(e)]),
        QueryEnd::Group { element, key } => sexp("group", vec![expr(element), expr(key)]),
        QueryEnd::Error => atom("<error>"),
    });
    if let Some((name, rest)) = &b.continuation {
        let mut k = vec![atom(name.name.clone())];
        query_body(rest, &mut k);
        kids.push(sexp("into", k));
    }
}

fn from(f: &FromClause) -> Node {
    let mut k: Vec<Node> = f.ty.iter().map(|t| atom(ty(t))).collect();
    k.push(atom(f.name.name.clone()));
    k.push(expr(&f.source));
    sexp("from", k)
}

pub(super) fn expr(e: &Expr) -> Node {
    let exprs = |es: &[Expr]| -> Vec<Node> { es.iter().map(expr).collect() };
    let opt_ty = |t: &Option<TypeExpr>| atom(t.as_ref().map_or("_".to_string(), ty));
    match &e.kind {
        ExprKind::Literal(l) => literal(l),
        ExprKind::Interpolated(parts) => sexp("interp", parts.iter().map(interp_part).collect()),
        ExprKind::Name { name, type_args } => atom(format!(
            "{}{}",
            name.name,
            join(type_args, "<", ", ", ">", ty)
        )),
        ExprKind::AliasQualified {
            alias,
            name,
            type_args,
        } => atom(format!(
            "{}::{}{}",
            alias.name,
            name.name,
            join(type_args, "<", ", ", ">", ty)
        )),
        ExprKind::PredefinedType(p) => atom(p.as_str()),
        ExprKind::Member {
            target,
            name,
            type_args,
        } => {
            let member = format!("{}{}", name.name, join(type_args, "<", ", ", ">", ty));
            sexp("member", vec![expr(target), atom(member)])
        }
        ExprKind::PointerMember { target, name } => {
            sexp("->", vec![expr(target), atom(name.name.clone())])
        }
        ExprKind::ConditionalAccess { target, access } => {
            sexp("?.", vec![expr(target), expr(access)])
        }
        ExprKind::Binding => atom("<binding>"),
        ExprKind::Call { callee, args } => {
            let mut kids = vec![expr(callee)];
            kids.extend(args.iter().map(arg));
            sexp("call", kids)
        }
        ExprKind::Index { target, indices } => {
            let mut kids = vec![expr(target)];
            kids.extend(indices.iter().map(arg));
            sexp("index", kids)
        }
        ExprKind::Unary { op, operand } => {
            let kind = match op {
                UnaryOp::PreInc | UnaryOp::PreDec => "pre",
                UnaryOp::PostInc | UnaryOp::PostDec | UnaryOp::SuppressNull => "post",
                _ => "unary",
            };
            sexp(&format!("{kind} {}", op.as_str()), vec![expr(operand)])
        }
        ExprKind::Binary { op, lhs, rhs } => sexp(
            &format!("binary {}", op.as_str()),
            vec![expr(lhs), expr(rhs)],
        ),
        ExprKind::Assign { op, target, value } => {
            let op = op.map_or("=".to_string(), |o| format!("{}=", o.as_str()));
            sexp(&format!("assign {op}"), vec![expr(target), expr(value)])
        }
        ExprKind::Conditional {
            cond,
            then,
            otherwise,
        } => sexp("conditional", vec![expr(cond), expr(then), expr(otherwise)]),
        ExprKind::Cast { ty: t, expr: inner } => sexp("cast", vec![atom(ty(t)), expr(inner)]),
        ExprKind::Await(inner) => sexp("await", vec![expr(inner)]),
        ExprKind::New {
            ty: t,
            args,
            initializer,
        } => {
            let mut kids = vec![opt_ty(t)];
            kids.extend(args.iter().map(arg));
            kids.extend(initializer.iter().map(|i| sexp("init", exprs(i))));
            sexp("new", kids)
        }
        ExprKind::NewArray {
            element,
            rank,
            sizes,
            init,
        } => {
            let mut kids = vec![opt_ty(element)];
            if *rank > 1 {
                kids.push(atom(format!("rank {rank}")));
            }
            kids.extend(sizes.iter().map(|s| sexp("size", vec![expr(s)])));
            kids.extend(init.iter().map(|i| sexp("init", exprs(i))));
            sexp("new-array", kids)
        }
        ExprKind::AnonymousObject(members) => sexp(
            "new-anonymous",
            members
                .iter()
                .map(|m| match &m.name {
                    Some(n) => sexp(&format!("{} =", n.name), vec![expr(&m.value)]),
                    None => expr(&m.value),
                })
                .collect(),
        ),
        ExprKind::Stackalloc {
            element,
            size,
            init,
        } => {
            let mut kids = vec![opt_ty(element)];
            kids.extend(size.iter().map(|s| sexp("size", vec![expr(s)])));
            kids.extend(init.iter().map(|i| sexp("init", exprs(i))));
            sexp("stackalloc", kids)
        }
        ExprKind::InitializerList(es) => sexp("init", exprs(es)),
        ExprKind::ImplicitIndex(args) => sexp("[]", args.iter().map(arg).collect()),
        ExprKind::Collection(es) => sexp("collection", exprs(es)),
        ExprKind::Spread(inner) => sexp("spread", vec![expr(inner)]),
        ExprKind::Lambda {
            is_async,
            is_static,
            return_type,
            params: ps,
            body,
            ..
        } => {
            let ps = join(ps, "", ", ", "", |p| {
                let m = p
                    .modifier
                    .map_or(String::new(), |(m, _)| format!("{} ", param_modifier(m)));
                match &p.ty {
                    Some(t) => format!("{m}{} {}", ty(t), p.name.name),
                    None => format!("{m}{}", p.name.name),
                }
            });
            let body = match body {
                LambdaBody::Expr(e) => expr(e),
                LambdaBody::Block(b) => block(b),
            };
            let mut head = String::new();
            if *is_static {
                head.push_str("static-");
            }
            head.push_str(if *is_async { "async-lambda" } else { "lambda" });
            if let Some(r) = return_type {
                head.push_str(&format!(" -> {}", ty(r)));
            }
            sexp(&head, vec![atom(format!("({ps})")), body])
        }
        ExprKind::AnonymousMethod {
            is_async,
            params: ps,
            body,
            ..
        } => {
            let head = if *is_async {
                "async-delegate"
            } else {
                "delegate"
            };
            let ps = ps.as_ref().map_or(String::new(), |p| params(p));
            sexp(head, vec![atom(ps), block(body)])
        }
        ExprKind::Is {
            expr: inner,
            pattern: p,
        } => sexp("is", vec![expr(inner), pattern(p)]),
        ExprKind::As { expr: inner, ty: t } => sexp("as", vec![expr(inner), atom(ty(t))]),
        ExprKind::Typeof(t) => sexp("typeof", vec![atom(ty(t))]),
        ExprKind::Sizeof(t) => sexp("sizeof", vec![atom(ty(t))]),
        ExprKind::Default(Some(t)) => sexp("default", vec![atom(ty(t))]),
        ExprKind::Default(None) => atom("default"),
        ExprKind::Checked { checked, expr: e } => {
            let kw = if *checked { "checked" } else { "unchecked" };
            sexp(kw, vec![expr(e)])
        }
        ExprKind::This => atom("this"),
        ExprKind::Base => atom("base"),
        ExprKind::Throw(e) => sexp("throw", vec![expr(e)]),
        ExprKind::Tuple(elems) => sexp("tuple", elems.iter().map(arg).collect()),
        ExprKind::Declaration {
            ty: t,
            designation: d,
        } => sexp("declare", vec![atom(ty(t)), atom(designation(d))]),
        ExprKind::Switch { subject, arms } => {
            let mut kids = vec![expr(subject)];
            kids.extend(arms.iter().map(|a| {
                let mut k = vec![pattern(&a.pattern)];
                k.extend(a.guard.iter().map(|g| inline("when", vec![expr(g)])));
                k.push(expr(&a.body));
                sexp("arm", k)
            }));
            sexp("switch", kids)
        }
        ExprKind::With { expr: e, init } => sexp("with", vec![expr(e), sexp("init", exprs(init))]),
        ExprKind::Range { start, end } => {
            let side = |x: &Option<Box<Expr>>| x.as_ref().map_or(atom("_"), |e| expr(e));
            sexp("range", vec![side(start), side(end)])
        }
        ExprKind::Ref(e) => sexp("ref", vec![expr(e)]),
        ExprKind::Query(q) => {
            let mut kids = vec![from(&q.from)];
            query_body(&q.body, &mut kids);
            sexp("query", kids)
        }
        ExprKind::Undocumented(what) => sexp("undocumented", vec![atom(*what)]),
        ExprKind::Error => atom("<error>"),
    }
}
