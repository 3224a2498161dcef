//! A readable, indented rendering of the syntax tree for `unawait dump --stage ast`.
//!
//! Declarations and statements print one per line, two spaces per level, kind first, then their
//! essential attributes and the byte range `@start..end` of their source. Expressions print as
//! S-expressions, on one line when they are short, else one operand per line.
//!
//! The tree is converted once into [`Node`]s (each AST node visited once, the flat width computed
//! on the way up), then printed: each node is printed either flat or broken, never both.

use crate::ast::*;
use crate::span::Span;
use std::fmt::Write;

/// Widest expression printed on one line.
const FLAT_WIDTH: usize = 80;

pub fn dump(unit: &CompilationUnit) -> String {
    let mut kids: Vec<Node> = unit.usings.iter().map(using).collect();
    kids.extend(unit.items.iter().map(item));
    let mut out = String::new();
    render(&Node::tree("unit".into(), kids), 0, &mut out);
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

impl Node {
    fn new(style: Style, head: String, kids: Vec<Node>) -> Node {
        let width = if style == Style::Tree {
            usize::MAX
        } else {
            let parens = if style == Style::Sexp { 2 } else { 0 };
            kids.iter().fold(head.chars().count() + parens, |w, k| {
                w.saturating_add(1).saturating_add(k.width)
            })
        };
        Node { head, kids, style, width }
    }
    fn tree(head: String, kids: Vec<Node>) -> Node {
        Node::new(Style::Tree, head, kids)
    }
    fn sexp(head: &str, kids: Vec<Node>) -> Node {
        Node::new(Style::Sexp, head.to_string(), kids)
    }
    fn inline(head: String, kids: Vec<Node>) -> Node {
        Node::new(Style::Inline, head, kids)
    }
    fn atom(head: impl Into<String>) -> Node {
        Node::new(Style::Inline, head.into(), Vec::new())
    }
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
    if n.style == Style::Sexp {
        out.push('(');
    }
    out.push_str(&n.head);
    out.push('\n');
    for k in &n.kids {
        render(k, depth + 1, out);
    }
    if n.style == Style::Sexp {
        out.pop(); // the last line's newline: the `)` closes on that line
        out.push_str(")\n");
    }
}

fn flat(n: &Node, out: &mut String) {
    if n.style == Style::Sexp {
        out.push('(');
    }
    out.push_str(&n.head);
    for k in &n.kids {
        out.push(' ');
        flat(k, out);
    }
    if n.style == Style::Sexp {
        out.push(')');
    }
}

fn at(head: String, span: Span) -> String {
    format!("{head} @{}..{}", span.start, span.end)
}

fn mods(m: &Modifiers) -> String {
    if m.0.is_empty() {
        return String::new();
    }
    let words: Vec<&str> = m.0.iter().map(|(m, _)| m.as_str()).collect();
    format!(" [{}]", words.join(" "))
}

fn path(p: &[Ident]) -> String {
    let names: Vec<&str> = p.iter().map(|i| i.name.as_str()).collect();
    names.join(".")
}

fn using(u: &UsingDirective) -> Node {
    let kw = if u.is_static { "using static" } else { "using" };
    Node::atom(at(format!("{kw} {}", path(&u.path)), u.span))
}

fn item(i: &Item) -> Node {
    match i {
        Item::Namespace(ns) => {
            let mut kids: Vec<Node> = ns.usings.iter().map(using).collect();
            kids.extend(ns.items.iter().map(item));
            Node::tree(at(format!("namespace {}", path(&ns.name)), ns.span), kids)
        }
        Item::Type(t) => type_decl(t),
        Item::Member(m) => member(m),
        Item::Error(s) => Node::atom(at("error".into(), *s)),
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
    let mut head = format!("{kind} {}{}{}", t.name.name, type_params(&t.type_params), mods(&t.modifiers));
    if !t.bases.is_empty() {
        let bases: Vec<String> = t.bases.iter().map(ty).collect();
        let _ = write!(head, " : {}", bases.join(", "));
    }
    Node::tree(at(head, t.span), t.members.iter().map(member).collect())
}

fn type_params(ps: &[Ident]) -> String {
    if ps.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = ps.iter().map(|i| i.name.as_str()).collect();
    format!("<{}>", names.join(", "))
}

fn param_list(ps: &[Param]) -> String {
    let parts: Vec<String> = ps
        .iter()
        .map(|p| {
            let mut s = String::new();
            if let Some((m, _)) = p.modifier {
                s.push_str(param_modifier(m));
                s.push(' ');
            }
            let _ = write!(s, "{} {}", ty(&p.ty), p.name.name);
            if let Some(d) = &p.default {
                s.push_str(" = ");
                flat(&expr(d), &mut s);
            }
            s
        })
        .collect();
    format!("({})", parts.join(", "))
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
        Body::Expr(e) => kids.push(Node::inline("=>".into(), vec![expr(e)])),
        Body::None(_) => {}
    }
}

fn member(m: &Member) -> Node {
    match m {
        Member::Field(f) => {
            let head = format!("field {}{}", ty(&f.ty), mods(&f.modifiers));
            Node::tree(at(head, f.span), f.declarators.iter().map(declarator).collect())
        }
        Member::Method(m) => {
            let head = format!(
                "method {}{}{} -> {} {}",
                m.name.name,
                type_params(&m.type_params),
                mods(&m.modifiers),
                ty(&m.return_type),
                param_list(&m.params)
            );
            let mut kids = Vec::new();
            body(&m.body, &mut kids);
            Node::tree(at(head, m.span), kids)
        }
        Member::Constructor(c) => {
            let head = format!("constructor {}{} {}", c.name.name, mods(&c.modifiers), param_list(&c.params));
            let mut kids = Vec::new();
            if let Some((kw, args)) = &c.initializer {
                kids.push(Node::inline(format!(": {}", kw.name), args.iter().map(arg).collect()));
            }
            body(&c.body, &mut kids);
            Node::tree(at(head, c.span), kids)
        }
        Member::Property(p) => {
            let head = format!("property {} {}{}", ty(&p.ty), p.name.name, mods(&p.modifiers));
            let mut kids: Vec<Node> = p
                .accessors
                .iter()
                .map(|a| {
                    let mut k = Vec::new();
                    body(&a.body, &mut k);
                    Node::tree(at(format!("accessor {}{}", a.kind.name, mods(&a.modifiers)), a.span), k)
                })
                .collect();
            if let Some(e) = &p.expr_body {
                kids.push(Node::inline("=>".into(), vec![expr(e)]));
            }
            if let Some(e) = &p.init {
                kids.push(Node::inline("=".into(), vec![expr(e)]));
            }
            Node::tree(at(head, p.span), kids)
        }
        Member::Type(t) => type_decl(t),
        Member::Error(s) => Node::atom(at("error".into(), *s)),
    }
}

fn declarator(d: &VarDeclarator) -> Node {
    match &d.init {
        Some(e) => Node::inline(format!("{} =", d.name.name), vec![expr(e)]),
        None => Node::atom(d.name.name.clone()),
    }
}

fn local(d: &LocalDecl, span: Option<Span>) -> Node {
    let c = if d.is_const { "const " } else { "" };
    let head = format!("local {c}{}", ty(&d.ty));
    let head = match span {
        Some(s) => at(head, s),
        None => head,
    };
    Node::tree(head, d.declarators.iter().map(declarator).collect())
}

fn for_init(i: &ForInit) -> Node {
    match i {
        ForInit::Decl(d) => local(d, None),
        ForInit::Exprs(es) => Node::inline("init".into(), es.iter().map(expr).collect()),
    }
}

fn block(b: &Block) -> Node {
    Node::tree(at("block".into(), b.span), b.stmts.iter().map(stmt).collect())
}

fn stmt(s: &Stmt) -> Node {
    let (head, kids): (&str, Vec<Node>) = match &s.kind {
        StmtKind::Block(b) => return block(b),
        StmtKind::LocalDecl(d) => return local(d, Some(s.span)),
        StmtKind::Expr(e) => ("expr", vec![expr(e)]),
        StmtKind::If { cond, then, otherwise } => {
            let mut kids = vec![expr(cond), stmt(then)];
            if let Some(o) = otherwise {
                kids.push(Node::tree("else".into(), vec![stmt(o)]));
            }
            ("if", kids)
        }
        StmtKind::While { cond, body } => ("while", vec![expr(cond), stmt(body)]),
        StmtKind::DoWhile { body, cond } => {
            ("do", vec![stmt(body), Node::inline("while".into(), vec![expr(cond)])])
        }
        StmtKind::For { init, cond, update, body } => {
            let mut kids: Vec<Node> = init.iter().map(for_init).collect();
            kids.extend(cond.iter().map(|c| Node::inline("cond".into(), vec![expr(c)])));
            if !update.is_empty() {
                kids.push(Node::inline("update".into(), update.iter().map(expr).collect()));
            }
            kids.push(stmt(body));
            ("for", kids)
        }
        StmtKind::Foreach { is_await, ty: t, name, collection, body } => {
            let kw = if *is_await { "await foreach" } else { "foreach" };
            let head = at(format!("{kw} {} {}", ty(t), name.name), s.span);
            let kids = vec![Node::inline("in".into(), vec![expr(collection)]), stmt(body)];
            return Node::tree(head, kids);
        }
        StmtKind::Break => ("break", Vec::new()),
        StmtKind::Continue => ("continue", Vec::new()),
        StmtKind::Return(e) => ("return", e.iter().map(expr).collect()),
        StmtKind::Throw(e) => ("throw", e.iter().map(expr).collect()),
        StmtKind::Try { body, catches, finally } => {
            let mut kids = vec![block(body)];
            kids.extend(catches.iter().map(catch));
            kids.extend(finally.iter().map(|f| Node::tree("finally".into(), vec![block(f)])));
            ("try", kids)
        }
        StmtKind::Switch { subject, sections } => {
            let mut kids = vec![expr(subject)];
            kids.extend(sections.iter().map(|sec| {
                let mut k: Vec<Node> = sec
                    .labels
                    .iter()
                    .map(|l| match l {
                        Some(e) => Node::inline("case".into(), vec![expr(e)]),
                        None => Node::atom("default"),
                    })
                    .collect();
                k.extend(sec.body.iter().map(stmt));
                Node::tree(at("section".into(), sec.span), k)
            }));
            ("switch", kids)
        }
        StmtKind::Using { resource, body } => {
            let mut kids = vec![for_init(resource)];
            kids.extend(body.iter().map(|b| stmt(b)));
            ("using", kids)
        }
        StmtKind::YieldReturn(e) => ("yield return", vec![expr(e)]),
        StmtKind::YieldBreak => ("yield break", Vec::new()),
        StmtKind::Empty => ("empty", Vec::new()),
        StmtKind::Unsupported(what) => {
            return Node::tree(at(format!("unsupported {what}"), s.span), Vec::new())
        }
        StmtKind::Error => ("error", Vec::new()),
    };
    Node::tree(at(head.to_string(), s.span), kids)
}

fn catch(c: &CatchClause) -> Node {
    let mut head = "catch".to_string();
    if let Some(t) = &c.ty {
        let _ = write!(head, " {}", ty(t));
    }
    if let Some(n) = &c.name {
        let _ = write!(head, " {}", n.name);
    }
    let mut kids: Vec<Node> = c.filter.iter().map(|f| Node::inline("when".into(), vec![expr(f)])).collect();
    kids.push(block(&c.body));
    Node::tree(at(head, c.span), kids)
}

fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Predefined(p) => p.as_str().to_string(),
        TypeExprKind::Named(segs) => {
            let parts: Vec<String> = segs.iter().map(|s| format!("{}{}", s.name.name, type_args(&s.args))).collect();
            parts.join(".")
        }
        TypeExprKind::Array { element, rank } => {
            format!("{}[{}]", ty(element), ",".repeat(rank.saturating_sub(1) as usize))
        }
        TypeExprKind::Nullable(inner) => format!("{}?", ty(inner)),
        TypeExprKind::Tuple(ts) => {
            let parts: Vec<String> = ts.iter().map(ty).collect();
            format!("({})", parts.join(", "))
        }
        TypeExprKind::Error => "<error>".to_string(),
    }
}

fn type_args(args: &[TypeExpr]) -> String {
    if args.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = args.iter().map(ty).collect();
    format!("<{}>", parts.join(", "))
}

fn arg(a: &Arg) -> Node {
    if a.name.is_none() && a.modifier.is_none() {
        return expr(&a.value);
    }
    let mut kids = Vec::new();
    if let Some(n) = &a.name {
        kids.push(Node::atom(format!("{}:", n.name)));
    }
    if let Some((m, _)) = a.modifier {
        kids.push(Node::atom(param_modifier(m)));
    }
    kids.push(expr(&a.value));
    Node::sexp("arg", kids)
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
        Literal::Bool(v) => return Node::atom(v.to_string()),
        Literal::Null => return Node::atom("null"),
    };
    Node::sexp(head, vec![Node::atom(value)])
}

fn expr(e: &Expr) -> Node {
    let b = |e: &Expr| expr(e);
    let atom = |s: String| Node::atom(s);
    match &e.kind {
        ExprKind::Literal(l) => literal(l),
        ExprKind::Interpolated(parts) => Node::sexp(
            "interp",
            parts
                .iter()
                .map(|p| match p {
                    InterpPart::Text(t) => atom(format!("{t:?}")),
                    InterpPart::Hole { expr: h, alignment, format } => {
                        let mut kids = vec![b(h)];
                        kids.extend(alignment.iter().map(|a| Node::sexp("align", vec![b(a)])));
                        kids.extend(format.iter().map(|f| Node::sexp("format", vec![atom(format!("{f:?}"))])));
                        Node::sexp("hole", kids)
                    }
                })
                .collect(),
        ),
        ExprKind::Name { name, type_args: targs } => atom(format!("{}{}", name.name, type_args(targs))),
        ExprKind::PredefinedType(p) => atom(p.as_str().to_string()),
        ExprKind::Member { target, name, type_args: targs } => Node::sexp(
            "member",
            vec![b(target), atom(format!("{}{}", name.name, type_args(targs)))],
        ),
        ExprKind::Call { callee, args } => {
            let mut kids = vec![b(callee)];
            kids.extend(args.iter().map(arg));
            Node::sexp("call", kids)
        }
        ExprKind::Index { target, indices } => {
            let mut kids = vec![b(target)];
            kids.extend(indices.iter().map(b));
            Node::sexp("index", kids)
        }
        ExprKind::Unary { op, operand } => {
            let head = match op {
                UnaryOp::Neg | UnaryOp::Plus | UnaryOp::Not | UnaryOp::BitNot => "unary",
                UnaryOp::PreInc | UnaryOp::PreDec => "pre",
                UnaryOp::PostInc | UnaryOp::PostDec => "post",
            };
            Node::sexp(head, vec![atom(op.as_str().to_string()), b(operand)])
        }
        ExprKind::Binary { op, lhs, rhs } => {
            Node::sexp("binary", vec![atom(op.as_str().to_string()), b(lhs), b(rhs)])
        }
        ExprKind::Assign { op, target, value } => {
            let op = op.map_or("=".to_string(), |o| format!("{}=", o.as_str()));
            Node::sexp("assign", vec![atom(op), b(target), b(value)])
        }
        ExprKind::Conditional { cond, then, otherwise } => {
            Node::sexp("conditional", vec![b(cond), b(then), b(otherwise)])
        }
        ExprKind::Cast { ty: t, expr: inner } => Node::sexp("cast", vec![atom(ty(t)), b(inner)]),
        ExprKind::Await(inner) => Node::sexp("await", vec![b(inner)]),
        ExprKind::New { ty: t, args, initializer } => {
            let mut kids = vec![atom(t.as_ref().map_or("_".to_string(), ty))];
            kids.extend(args.iter().map(arg));
            kids.extend(initializer.iter().map(|i| Node::sexp("init", i.iter().map(b).collect())));
            Node::sexp("new", kids)
        }
        ExprKind::NewArray { element, size, init } => {
            let mut kids = vec![atom(element.as_ref().map_or("_".to_string(), ty))];
            kids.extend(size.iter().map(|s| Node::sexp("size", vec![b(s)])));
            kids.extend(init.iter().map(|i| Node::sexp("init", i.iter().map(b).collect())));
            Node::sexp("new-array", kids)
        }
        ExprKind::Lambda { is_async, params, body } => {
            let ps: Vec<String> = params
                .iter()
                .map(|p| match &p.ty {
                    Some(t) => format!("{} {}", ty(t), p.name.name),
                    None => p.name.name.clone(),
                })
                .collect();
            let body = match body {
                LambdaBody::Expr(e) => b(e),
                LambdaBody::Block(bl) => block(bl),
            };
            let head = if *is_async { "async-lambda" } else { "lambda" };
            Node::sexp(head, vec![atom(format!("({})", ps.join(", "))), body])
        }
        ExprKind::Is { expr: inner, ty: t } => Node::sexp("is", vec![b(inner), atom(ty(t))]),
        ExprKind::As { expr: inner, ty: t } => Node::sexp("as", vec![b(inner), atom(ty(t))]),
        ExprKind::Typeof(t) => Node::sexp("typeof", vec![atom(ty(t))]),
        ExprKind::Default(t) => match t {
            Some(t) => Node::sexp("default", vec![atom(ty(t))]),
            None => atom("default".to_string()),
        },
        ExprKind::This => atom("this".to_string()),
        ExprKind::Base => atom("base".to_string()),
        ExprKind::Unsupported(what) => Node::sexp("unsupported", vec![atom(format!("{what:?}"))]),
        ExprKind::Error => atom("<error>".to_string()),
    }
}
