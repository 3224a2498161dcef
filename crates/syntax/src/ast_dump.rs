//! A readable, indented rendering of the syntax tree for `unawait dump --stage ast`.
//!
//! Declarations and statements print one per line, two spaces per level, kind first, then their
//! essential attributes and the byte range `@start..end` of their source. Expressions print as
//! S-expressions, on one line when they are short, else one operand per line.
//!
//! The tree is converted once into [`Node`]s (each AST node visited once, the flat width computed
//! on the way up), then printed: each node is printed either flat or broken, never both. The
//! matches on AST enums are exhaustive on purpose: a new variant must be given a rendering here.

use crate::ast::*;
use crate::span::Span;

/// Widest expression printed on one line.
const FLAT_WIDTH: usize = 80;

pub fn dump(unit: &CompilationUnit) -> String {
    let mut kids: Vec<Node> = unit.usings.iter().map(using).collect();
    kids.extend(unit.items.iter().map(item));
    let mut out = String::new();
    render(&tree("unit".into(), kids), 0, &mut out);
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    /// Head on its own line, children below (declarations, statements).
    Tree,
    /// `(head kid kid)`, or `(head` with the children below when too wide.
    Sexp,
    /// `head kid kid` (an atom when childless), or the head with the children below.
    Inline,
}

struct Node {
    head: String,
    kids: Vec<Node>,
    style: Style,
    /// Width on one line; `usize::MAX` when it cannot be flat.
    width: usize,
}

fn node(style: Style, head: String, kids: Vec<Node>) -> Node {
    let width = match style {
        Style::Tree => usize::MAX,
        Style::Sexp | Style::Inline => {
            let parens = if style == Style::Sexp { 2 } else { 0 };
            let own = head.chars().count() + parens;
            kids.iter()
                .fold(own, |w, k| w.saturating_add(1).saturating_add(k.width))
        }
    };
    Node {
        head,
        kids,
        style,
        width,
    }
}

fn tree(head: String, kids: Vec<Node>) -> Node {
    node(Style::Tree, head, kids)
}

fn sexp(head: &str, kids: Vec<Node>) -> Node {
    node(Style::Sexp, head.to_string(), kids)
}

fn inline(head: &str, kids: Vec<Node>) -> Node {
    node(Style::Inline, head.to_string(), kids)
}

fn atom(head: impl Into<String>) -> Node {
    node(Style::Inline, head.into(), Vec::new())
}

fn render(n: &Node, depth: usize, out: &mut String) {
    for _ in 0..depth {
        out.push_str("  ");
    }
    if n.width <= FLAT_WIDTH {
        flat(n, out);
        out.push('\n');
        return;
    }
    let sexp = n.style == Style::Sexp;
    if sexp {
        out.push('(');
    }
    out.push_str(&n.head);
    out.push('\n');
    for k in &n.kids {
        render(k, depth + 1, out);
    }
    if sexp {
        out.pop(); // the last line's newline: the `)` closes on that line
        out.push_str(")\n");
    }
}

fn flat(n: &Node, out: &mut String) {
    let sexp = n.style == Style::Sexp;
    if sexp {
        out.push('(');
    }
    out.push_str(&n.head);
    for k in &n.kids {
        out.push(' ');
        flat(k, out);
    }
    if sexp {
        out.push(')');
    }
}

fn at(head: String, span: Span) -> String {
    format!("{head} @{}..{}", span.start, span.end)
}

/// `xs` rendered by `f`, joined by `sep`, between `open` and `close`; nothing when `xs` is empty.
fn join<T>(xs: &[T], open: &str, sep: &str, close: &str, f: impl Fn(&T) -> String) -> String {
    if xs.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = xs.iter().map(f).collect();
    format!("{open}{}{close}", parts.join(sep))
}

fn name(i: &Ident) -> String {
    i.name.clone()
}

fn mods(m: &Modifiers) -> String {
    join(&m.0, " [", " ", "]", |(m, _)| m.as_str().to_string())
}

fn using(u: &UsingDirective) -> Node {
    let kw = if u.is_static { "using static" } else { "using" };
    atom(at(
        format!("{kw} {}", join(&u.path, "", ".", "", name)),
        u.span,
    ))
}

fn item(i: &Item) -> Node {
    match i {
        Item::Namespace(ns) => {
            let mut kids: Vec<Node> = ns.usings.iter().map(using).collect();
            kids.extend(ns.items.iter().map(item));
            tree(
                at(
                    format!("namespace {}", join(&ns.name, "", ".", "", name)),
                    ns.span,
                ),
                kids,
            )
        }
        Item::Type(t) => type_decl(t),
        Item::Member(m) => member(m),
        Item::Error(s) => atom(at("error".into(), *s)),
    }
}

fn type_decl(t: &TypeDecl) -> Node {
    let kind = match t.kind {
        TypeKind::Class => "class",
        TypeKind::Struct => "struct",
        TypeKind::Interface => "interface",
        TypeKind::Record => "record",
        TypeKind::Enum => "enum",
    };
    let tparams = join(&t.type_params, "<", ", ", ">", name);
    let bases = join(&t.bases, " : ", ", ", "", ty);
    let head = format!(
        "{kind} {}{tparams}{}{bases}",
        t.name.name,
        mods(&t.modifiers)
    );
    tree(at(head, t.span), t.members.iter().map(member).collect())
}

fn params(ps: &[Param]) -> String {
    let one = |p: &Param| {
        let mut s = p
            .modifier
            .map_or(String::new(), |(m, _)| format!("{} ", param_modifier(m)));
        s.push_str(&format!("{} {}", ty(&p.ty), p.name.name));
        if let Some(d) = &p.default {
            s.push_str(" = ");
            flat(&expr(d), &mut s);
        }
        s
    };
    format!("({})", join(ps, "", ", ", "", one))
}

fn param_modifier(m: ParamModifier) -> &'static str {
    match m {
        ParamModifier::Ref => "ref",
        ParamModifier::Out => "out",
        ParamModifier::In => "in",
        ParamModifier::Params => "params",
        ParamModifier::This => "this",
    }
}

fn body(b: &Body, kids: &mut Vec<Node>) {
    match b {
        Body::Block(b) => kids.push(block(b)),
        Body::Expr(e) => kids.push(inline("=>", vec![expr(e)])),
        Body::None(_) => {}
    }
}

fn member(m: &Member) -> Node {
    let mut kids = Vec::new();
    let head = match m {
        Member::Field(f) => {
            kids.extend(f.declarators.iter().map(declarator));
            at(format!("field {}{}", ty(&f.ty), mods(&f.modifiers)), f.span)
        }
        Member::Method(m) => {
            body(&m.body, &mut kids);
            let tparams = join(&m.type_params, "<", ", ", ">", name);
            let (name, mods, ret) = (&m.name.name, mods(&m.modifiers), ty(&m.return_type));
            at(
                format!(
                    "method {name}{tparams}{mods} -> {ret} {}",
                    params(&m.params)
                ),
                m.span,
            )
        }
        Member::Constructor(c) => {
            if let Some((kw, args)) = &c.initializer {
                kids.push(inline(
                    &format!(": {}", kw.name),
                    args.iter().map(arg).collect(),
                ));
            }
            body(&c.body, &mut kids);
            let (name, mods) = (&c.name.name, mods(&c.modifiers));
            at(
                format!("constructor {name}{mods} {}", params(&c.params)),
                c.span,
            )
        }
        Member::Property(p) => {
            kids.extend(p.accessors.iter().map(|a| {
                let mut k = Vec::new();
                body(&a.body, &mut k);
                tree(
                    at(
                        format!("accessor {}{}", a.kind.name, mods(&a.modifiers)),
                        a.span,
                    ),
                    k,
                )
            }));
            kids.extend(p.expr_body.iter().map(|e| inline("=>", vec![expr(e)])));
            kids.extend(p.init.iter().map(|e| inline("=", vec![expr(e)])));
            at(
                format!(
                    "property {} {}{}",
                    ty(&p.ty),
                    p.name.name,
                    mods(&p.modifiers)
                ),
                p.span,
            )
        }
        Member::Type(t) => return type_decl(t),
        Member::Error(s) => return atom(at("error".into(), *s)),
    };
    tree(head, kids)
}

fn declarator(d: &VarDeclarator) -> Node {
    match &d.init {
        Some(e) => inline(&format!("{} =", d.name.name), vec![expr(e)]),
        None => atom(d.name.name.clone()),
    }
}

fn local(d: &LocalDecl, span: Option<Span>) -> Node {
    let head = format!(
        "local {}{}",
        if d.is_const { "const " } else { "" },
        ty(&d.ty)
    );
    let head = span.map_or(head.clone(), |s| at(head, s));
    tree(head, d.declarators.iter().map(declarator).collect())
}

fn for_init(i: &ForInit) -> Node {
    match i {
        ForInit::Decl(d) => local(d, None),
        ForInit::Exprs(es) => inline("init", es.iter().map(expr).collect()),
    }
}

fn block(b: &Block) -> Node {
    tree(
        at("block".into(), b.span),
        b.stmts.iter().map(stmt).collect(),
    )
}

fn stmt(s: &Stmt) -> Node {
    let (head, kids): (String, Vec<Node>) = match &s.kind {
        StmtKind::Block(b) => return block(b),
        StmtKind::LocalDecl(d) => return local(d, Some(s.span)),
        StmtKind::Expr(e) => ("expr".into(), vec![expr(e)]),
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            let mut kids = vec![expr(cond), stmt(then)];
            kids.extend(otherwise.iter().map(|o| tree("else".into(), vec![stmt(o)])));
            ("if".into(), kids)
        }
        StmtKind::While { cond, body } => ("while".into(), vec![expr(cond), stmt(body)]),
        StmtKind::DoWhile { body, cond } => (
            "do".into(),
            vec![stmt(body), inline("while", vec![expr(cond)])],
        ),
        StmtKind::For {
            init,
            cond,
            update,
            body,
        } => {
            let mut kids: Vec<Node> = init.iter().map(for_init).collect();
            kids.extend(cond.iter().map(|c| inline("cond", vec![expr(c)])));
            if !update.is_empty() {
                kids.push(inline("update", update.iter().map(expr).collect()));
            }
            kids.push(stmt(body));
            ("for".into(), kids)
        }
        StmtKind::Foreach {
            is_await,
            ty: t,
            name,
            collection,
            body,
        } => {
            let kw = if *is_await {
                "await foreach"
            } else {
                "foreach"
            };
            let kids = vec![inline("in", vec![expr(collection)]), stmt(body)];
            (format!("{kw} {} {}", ty(t), name.name), kids)
        }
        StmtKind::Break => ("break".into(), Vec::new()),
        StmtKind::Continue => ("continue".into(), Vec::new()),
        StmtKind::Return(e) => ("return".into(), e.iter().map(expr).collect()),
        StmtKind::Throw(e) => ("throw".into(), e.iter().map(expr).collect()),
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            let mut kids = vec![block(body)];
            kids.extend(catches.iter().map(catch));
            kids.extend(
                finally
                    .iter()
                    .map(|f| tree("finally".into(), vec![block(f)])),
            );
            ("try".into(), kids)
        }
        StmtKind::Switch { subject, sections } => {
            let mut kids = vec![expr(subject)];
            kids.extend(sections.iter().map(|sec| {
                let mut k: Vec<Node> = sec
                    .labels
                    .iter()
                    .map(|l| match l {
                        Some(e) => inline("case", vec![expr(e)]),
                        None => atom("default"),
                    })
                    .collect();
                k.extend(sec.body.iter().map(stmt));
                tree(at("section".into(), sec.span), k)
            }));
            ("switch".into(), kids)
        }
        StmtKind::Using { resource, body } => {
            let mut kids = vec![for_init(resource)];
            kids.extend(body.iter().map(|b| stmt(b)));
            ("using".into(), kids)
        }
        StmtKind::YieldReturn(e) => ("yield return".into(), vec![expr(e)]),
        StmtKind::YieldBreak => ("yield break".into(), Vec::new()),
        StmtKind::Empty => ("empty".into(), Vec::new()),
        StmtKind::Unsupported(what) => (format!("unsupported {what}"), Vec::new()),
        StmtKind::Error => ("error".into(), Vec::new()),
    };
    tree(at(head, s.span), kids)
}

fn catch(c: &CatchClause) -> Node {
    let t =
        c.ty.as_ref()
            .map_or(String::new(), |t| format!(" {}", ty(t)));
    let n = c
        .name
        .as_ref()
        .map_or(String::new(), |n| format!(" {}", n.name));
    let mut kids: Vec<Node> = c
        .filter
        .iter()
        .map(|f| inline("when", vec![expr(f)]))
        .collect();
    kids.push(block(&c.body));
    tree(at(format!("catch{t}{n}"), c.span), kids)
}

fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Predefined(p) => p.as_str().to_string(),
        TypeExprKind::Named(segs) => join(segs, "", ".", "", |s| {
            format!("{}{}", s.name.name, join(&s.args, "<", ", ", ">", ty))
        }),
        TypeExprKind::Array { element, rank } => {
            format!(
                "{}[{}]",
                ty(element),
                ",".repeat(rank.saturating_sub(1) as usize)
            )
        }
        TypeExprKind::Nullable(inner) => format!("{}?", ty(inner)),
        TypeExprKind::Tuple(ts) => join(ts, "(", ", ", ")", ty),
        TypeExprKind::Error => "<error>".to_string(),
    }
}

fn arg(a: &Arg) -> Node {
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

fn expr(e: &Expr) -> Node {
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
        ExprKind::PredefinedType(p) => atom(p.as_str()),
        ExprKind::Member {
            target,
            name,
            type_args,
        } => {
            let member = format!("{}{}", name.name, join(type_args, "<", ", ", ">", ty));
            sexp("member", vec![expr(target), atom(member)])
        }
        ExprKind::Call { callee, args } => {
            let mut kids = vec![expr(callee)];
            kids.extend(args.iter().map(arg));
            sexp("call", kids)
        }
        ExprKind::Index { target, indices } => {
            let mut kids = vec![expr(target)];
            kids.extend(exprs(indices));
            sexp("index", kids)
        }
        ExprKind::Unary { op, operand } => {
            let kind = match op {
                UnaryOp::Neg | UnaryOp::Plus | UnaryOp::Not | UnaryOp::BitNot => "unary",
                UnaryOp::PreInc | UnaryOp::PreDec => "pre",
                UnaryOp::PostInc | UnaryOp::PostDec => "post",
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
            size,
            init,
        } => {
            let mut kids = vec![opt_ty(element)];
            kids.extend(size.iter().map(|s| sexp("size", vec![expr(s)])));
            kids.extend(init.iter().map(|i| sexp("init", exprs(i))));
            sexp("new-array", kids)
        }
        ExprKind::Lambda {
            is_async,
            params,
            body,
        } => {
            let ps = join(params, "", ", ", "", |p| match &p.ty {
                Some(t) => format!("{} {}", ty(t), p.name.name),
                None => p.name.name.clone(),
            });
            let body = match body {
                LambdaBody::Expr(e) => expr(e),
                LambdaBody::Block(b) => block(b),
            };
            let head = if *is_async { "async-lambda" } else { "lambda" };
            sexp(head, vec![atom(format!("({ps})")), body])
        }
        ExprKind::Is { expr: inner, ty: t } => sexp("is", vec![expr(inner), atom(ty(t))]),
        ExprKind::As { expr: inner, ty: t } => sexp("as", vec![expr(inner), atom(ty(t))]),
        ExprKind::Typeof(t) => sexp("typeof", vec![atom(ty(t))]),
        ExprKind::Default(Some(t)) => sexp("default", vec![atom(ty(t))]),
        ExprKind::Default(None) => atom("default"),
        ExprKind::This => atom("this"),
        ExprKind::Base => atom("base"),
        ExprKind::Unsupported(what) => sexp("unsupported", vec![atom(format!("{what:?}"))]),
        ExprKind::Error => atom("<error>"),
    }
}
