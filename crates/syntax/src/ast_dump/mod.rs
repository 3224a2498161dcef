//! A readable, indented rendering of the syntax tree for `unawait dump --stage ast`.
//!
//! Declarations and statements print one per line, two spaces per level, kind first, then their
//! essential attributes and the byte range `@start..end` of their source. Expressions print as
//! S-expressions, on one line when they are short, else one operand per line.
//!
//! The tree is converted once into [`Node`]s (each AST node visited once, the flat width computed
//! on the way up), then printed: each node is printed either flat or broken, never both. The
//! matches on AST enums are exhaustive on purpose: a new variant must be given a rendering here.

mod expr;

use crate::ast::*;
use crate::span::Span;
use expr::{arg, expr, pattern, ty};

/// Widest expression printed on one line.
const FLAT_WIDTH: usize = 80;

pub fn dump(unit: &CompilationUnit) -> String {
    let mut kids: Vec<Node> = unit.usings.iter().map(using).collect();
    kids.extend(unit.attributes.iter().map(attribute_section));
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
    if u.is_extern_alias {
        return atom(at(
            format!("extern alias {}", join(&u.path, "", ".", "", name)),
            u.span,
        ));
    }
    let global = if u.is_global { "global " } else { "" };
    let kw = match (u.is_static, u.is_unsafe) {
        (true, true) => "using static unsafe",
        (true, false) => "using static",
        (false, true) => "using unsafe",
        (false, false) => "using",
    };
    let target = match &u.alias {
        Some((alias, target)) => format!("{} = {}", alias.name, ty(target)),
        None => join(&u.path, "", ".", "", name),
    };
    atom(at(format!("{global}{kw} {target}"), u.span))
}

fn attribute_section(a: &AttributeSection) -> Node {
    let target = a
        .target
        .as_ref()
        .map_or(String::new(), |t| format!(" {}:", t.name));
    let kids = a
        .attributes
        .iter()
        .map(|at| {
            let mut k = vec![atom(ty(&at.name))];
            k.extend(at.args.iter().map(arg));
            sexp("attribute", k)
        })
        .collect();
    inline(&format!("[{target}"), kids)
}

/// Attribute sections as children of a declaration.
fn attributes(list: &[AttributeSection], kids: &mut Vec<Node>) {
    kids.extend(list.iter().map(attribute_section));
}

fn item(i: &Item) -> Node {
    match i {
        Item::Namespace(ns) => {
            let mut kids: Vec<Node> = ns.usings.iter().map(using).collect();
            kids.extend(ns.items.iter().map(item));
            let scoped = if ns.file_scoped { ";" } else { "" };
            tree(
                at(
                    format!("namespace {}{scoped}", join(&ns.name, "", ".", "", name)),
                    ns.span,
                ),
                kids,
            )
        }
        Item::Type(t) => type_decl(t),
        Item::Member(m) => member(m),
        Item::Statement(s) => tree("top-level".into(), vec![stmt(s)]),
        Item::Error(s) => atom(at("error".into(), *s)),
    }
}

fn type_params(ps: &[TypeParam]) -> String {
    join(ps, "<", ", ", ">", |p| {
        let v = match p.variance {
            Some((Variance::In, _)) => "in ",
            Some((Variance::Out, _)) => "out ",
            None => "",
        };
        format!("{v}{}", p.name.name)
    })
}

fn constraints(cs: &[Constraint]) -> String {
    join(cs, " where ", " where ", "", |c| {
        let bounds = join(&c.bounds, "", ", ", "", |(b, _)| match b {
            ConstraintBound::Class => "class".into(),
            ConstraintBound::Struct => "struct".into(),
            ConstraintBound::Unmanaged => "unmanaged".into(),
            ConstraintBound::NotNull => "notnull".into(),
            ConstraintBound::New => "new()".into(),
            ConstraintBound::Default => "default".into(),
            ConstraintBound::Type(t) => ty(t),
        });
        format!("{} : {bounds}", c.param.name)
    })
}

fn type_decl(t: &TypeDecl) -> Node {
    let kind = match t.kind {
        TypeKind::Class => "class",
        TypeKind::Struct => "struct",
        TypeKind::Interface => "interface",
        TypeKind::Record => "record",
        TypeKind::RecordStruct => "record struct",
        TypeKind::Enum => "enum",
    };
    let tparams = type_params(&t.type_params);
    let ps = t.params.as_ref().map_or(String::new(), |p| params(p));
    let bases = join(&t.bases, " : ", ", ", "", ty);
    let head = format!(
        "{kind} {}{tparams}{ps}{}{bases}{}",
        t.name.name,
        mods(&t.modifiers),
        constraints(&t.constraints)
    );
    let mut kids = Vec::new();
    attributes(&t.attributes, &mut kids);
    if let Some(args) = &t.base_args {
        kids.push(inline(": base", args.iter().map(arg).collect()));
    }
    kids.extend(t.enum_members.iter().map(|m| match &m.value {
        Some(v) => inline(&format!("{} =", m.name.name), vec![expr(v)]),
        None => atom(m.name.name.clone()),
    }));
    kids.extend(t.members.iter().map(member));
    tree(at(head, t.span), kids)
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
    m.as_str()
}

fn body(b: &Body, kids: &mut Vec<Node>) {
    match b {
        Body::Block(b) => kids.push(block(b)),
        Body::Expr(e) => kids.push(inline("=>", vec![expr(e)])),
        Body::None(_) => {}
    }
}

fn explicit(iface: &Option<TypeExpr>) -> String {
    iface
        .as_ref()
        .map_or(String::new(), |t| format!("{}.", ty(t)))
}

fn accessors(list: &[Accessor], kids: &mut Vec<Node>) {
    kids.extend(list.iter().map(|a| {
        let mut k = Vec::new();
        attributes(&a.attributes, &mut k);
        body(&a.body, &mut k);
        tree(
            at(
                format!("accessor {}{}", a.kind.name, mods(&a.modifiers)),
                a.span,
            ),
            k,
        )
    }));
}

fn method(m: &MethodDecl) -> Node {
    let mut kids = Vec::new();
    attributes(&m.attributes, &mut kids);
    body(&m.body, &mut kids);
    let tparams = type_params(&m.type_params);
    let (name, mods, ret) = (&m.name.name, mods(&m.modifiers), ty(&m.return_type));
    let iface = explicit(&m.explicit_interface);
    tree(
        at(
            format!(
                "method {iface}{name}{tparams}{mods} -> {ret} {}{}",
                params(&m.params),
                constraints(&m.constraints)
            ),
            m.span,
        ),
        kids,
    )
}

fn member(m: &Member) -> Node {
    let mut kids = Vec::new();
    let head = match m {
        Member::Field(f) => {
            attributes(&f.attributes, &mut kids);
            kids.extend(f.declarators.iter().map(declarator));
            at(format!("field {}{}", ty(&f.ty), mods(&f.modifiers)), f.span)
        }
        Member::Method(m) => return method(m),
        Member::Constructor(c) => {
            attributes(&c.attributes, &mut kids);
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
        Member::Destructor(d) => {
            attributes(&d.attributes, &mut kids);
            body(&d.body, &mut kids);
            at(
                format!("destructor ~{}{}", d.name.name, mods(&d.modifiers)),
                d.span,
            )
        }
        Member::Property(p) => {
            attributes(&p.attributes, &mut kids);
            accessors(&p.accessors, &mut kids);
            kids.extend(p.expr_body.iter().map(|e| inline("=>", vec![expr(e)])));
            kids.extend(p.init.iter().map(|e| inline("=", vec![expr(e)])));
            at(
                format!(
                    "property {} {}{}{}",
                    ty(&p.ty),
                    explicit(&p.explicit_interface),
                    p.name.name,
                    mods(&p.modifiers)
                ),
                p.span,
            )
        }
        Member::Indexer(ix) => {
            attributes(&ix.attributes, &mut kids);
            accessors(&ix.accessors, &mut kids);
            kids.extend(ix.expr_body.iter().map(|e| inline("=>", vec![expr(e)])));
            at(
                format!(
                    "indexer {} {}this{}{}",
                    ty(&ix.ty),
                    explicit(&ix.explicit_interface),
                    params(&ix.params),
                    mods(&ix.modifiers)
                ),
                ix.span,
            )
        }
        Member::Event(e) => {
            attributes(&e.attributes, &mut kids);
            kids.extend(e.declarators.iter().map(declarator));
            accessors(&e.accessors, &mut kids);
            at(
                format!(
                    "event {} {}{}",
                    ty(&e.ty),
                    explicit(&e.explicit_interface),
                    mods(&e.modifiers)
                ),
                e.span,
            )
        }
        Member::Operator(o) => {
            attributes(&o.attributes, &mut kids);
            body(&o.body, &mut kids);
            let what = match &o.kind {
                OperatorKind::Op(op) => format!("operator {op}"),
                OperatorKind::Conversion { implicit: true } => "implicit operator".into(),
                OperatorKind::Conversion { implicit: false } => "explicit operator".into(),
            };
            at(
                format!(
                    "{what}{} -> {} {}",
                    mods(&o.modifiers),
                    ty(&o.return_type),
                    params(&o.params)
                ),
                o.span,
            )
        }
        Member::Delegate(d) => {
            attributes(&d.attributes, &mut kids);
            at(
                format!(
                    "delegate {}{}{} -> {} {}{}",
                    d.name.name,
                    type_params(&d.type_params),
                    mods(&d.modifiers),
                    ty(&d.return_type),
                    params(&d.params),
                    constraints(&d.constraints)
                ),
                d.span,
            )
        }
        Member::Type(t) => return type_decl(t),
        Member::Error(s) => return atom(at("error".into(), *s)),
    };
    tree(head, kids)
}

fn declarator(d: &VarDeclarator) -> Node {
    let brackets = if d.brackets.is_empty() { "" } else { "[..]" };
    match &d.init {
        Some(e) => inline(&format!("{}{brackets} =", d.name.name), vec![expr(e)]),
        None => atom(format!("{}{brackets}", d.name.name)),
    }
}

fn local(d: &LocalDecl, span: Option<Span>) -> Node {
    let head = format!(
        "local {}{}{}",
        if d.is_const { "const " } else { "" },
        ty(&d.ty),
        mods(&d.modifiers)
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
        StmtKind::LocalFunction(m) => ("local function".into(), vec![method(m)]),
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
            target,
            collection,
            body,
        } => {
            let kw = if *is_await {
                "await foreach"
            } else {
                "foreach"
            };
            let mut kids = Vec::new();
            let head = match target {
                ForeachTarget::Var {
                    modifiers,
                    ty: t,
                    name,
                } => format!("{kw} {} {}{}", ty(t), name.name, mods(modifiers)),
                ForeachTarget::Deconstruct(e) => {
                    kids.push(expr(e));
                    kw.to_string()
                }
            };
            kids.push(inline("in", vec![expr(collection)]));
            kids.push(stmt(body));
            (head, kids)
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
                    .map(|l| match &l.pattern {
                        Some(p) => {
                            let mut c = vec![pattern(p)];
                            c.extend(l.guard.iter().map(|g| inline("when", vec![expr(g)])));
                            inline("case", c)
                        }
                        None => atom("default"),
                    })
                    .collect();
                k.extend(sec.body.iter().map(stmt));
                tree(at("section".into(), sec.span), k)
            }));
            ("switch".into(), kids)
        }
        StmtKind::Using {
            is_await,
            resource,
            body,
        } => {
            let mut kids = vec![for_init(resource)];
            kids.extend(body.iter().map(|b| stmt(b)));
            let kw = if *is_await { "await using" } else { "using" };
            (kw.into(), kids)
        }
        StmtKind::YieldReturn(e) => ("yield return".into(), vec![expr(e)]),
        StmtKind::YieldBreak => ("yield break".into(), Vec::new()),
        StmtKind::Lock { expr: e, body } => ("lock".into(), vec![expr(e), stmt(body)]),
        StmtKind::Checked { checked, body } => {
            let kw = if *checked { "checked" } else { "unchecked" };
            (kw.into(), vec![block(body)])
        }
        StmtKind::Unsafe(b) => ("unsafe".into(), vec![block(b)]),
        StmtKind::Fixed { decl, body } => ("fixed".into(), vec![local(decl, None), stmt(body)]),
        StmtKind::Labeled { label, stmt: inner } => {
            (format!("label {}", label.name), vec![stmt(inner)])
        }
        StmtKind::Goto(target) => match target {
            GotoTarget::Label(l) => (format!("goto {}", l.name), Vec::new()),
            GotoTarget::Case(e) => ("goto case".into(), vec![expr(e)]),
            GotoTarget::Default => ("goto default".into(), Vec::new()),
        },
        StmtKind::Empty => ("empty".into(), Vec::new()),
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
