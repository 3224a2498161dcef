//! Closure conversion, as Roslyn does it: each lambda becomes a method of the program, and the
//! local variables lambdas capture move into display classes, so lowering, the JIT and the
//! facts see only classes, fields, methods and delegates.
//!
//! - A scope whose variables some lambda captures gets a display class
//!   (`<>c__DisplayClass0_0`) with one field per captured variable; an object of it is made
//!   each time the scope is entered, and every use of those variables, in the method and in
//!   the lambdas, goes through it. A scope entered at most once per entry of its parent (not
//!   a loop's body, not a `foreach` iteration) shares its parent's display class, as Roslyn
//!   merges them; so a `for` loop's variable is one variable, and a `foreach` variable or a
//!   local of a loop body is a new one each iteration.
//! - A display class whose lambdas reach variables of an enclosing scope links to that scope's
//!   object (`CS$<>8__locals1`); one whose lambdas use `this` holds it (`<>4__this`).
//! - A lambda is a method of the display class of the innermost scope it captures from
//!   (`<Main>b__0`); one that captures only `this` is an instance method of the class
//!   (`<Main>b__0_0`); one that captures nothing is a static method of the class's `<>c`,
//!   and its delegate is made once and cached in a static field (`<>9__0_0`), as .NET does.
//!
//! Two walks over the body in the same order: the first finds scopes, declarations and
//! captures (scopes are numbered by the order they open, so the second finds the same ones),
//! the second rewrites. Runs after every body is checked and flow-analysed (definite
//! assignment of captured variables is judged on the lambdas in place), and only on programs
//! without errors.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use unawait_syntax::Span;

use crate::context::Ctx;
use crate::hir::*;
use crate::types::{ClassRef, Ty};

pub(crate) fn convert(cx: &mut Ctx<'_>) {
    if cx.lambda_methods.is_empty() || cx.diags.list.iter().any(|d| d.is_error()) {
        return;
    }
    let mut methods = std::mem::take(&mut cx.lambda_methods);
    methods.sort();
    let mut shared = Shared {
        names: std::sync::Arc::new(cx.program.methods.iter().map(|m| m.name.clone()).collect()),
        ..Shared::default()
    };
    for m in methods {
        convert_method(cx, m, &mut shared);
    }
}

/// What the conversions of all methods share: each class's `<>c` (lambdas that capture
/// nothing) and `<>O` (cached static method groups) and the latter's fields, and the methods'
/// names.
#[derive(Clone, Default)]
struct Shared {
    cache_classes: HashMap<ClassId, ClassId>,
    group_classes: HashMap<ClassId, ClassId>,
    group_fields: HashMap<(ClassId, MethodId, String), FieldId>,
    names: std::sync::Arc<Vec<String>>,
}

fn convert_method(cx: &mut Ctx<'_>, id: MethodId, shared: &mut Shared) {
    let i = id.0 as usize;
    let Some(mut body) = cx.program.methods[i].body.take() else {
        return;
    };
    let old = std::mem::take(&mut cx.program.methods[i].locals);
    let m = cx.program.method(id);
    let class = m.class;
    let params = m.params.clone();
    let ordinal = (cx.program.class(class).methods.iter())
        .position(|&x| x == id)
        .unwrap_or(0);
    let mut c = Conv {
        rewrite: false,
        old,
        decl: Vec::new(),
        captured: Vec::new(),
        by_construct: Vec::new(),
        scopes: Vec::new(),
        funcs: vec![Func::default()],
        stack: Vec::new(),
        open_funcs: vec![0],
        next_scope: 0,
        next_func: 1,
        fail: None,
        ref_capture: None,
        class,
        is_struct: cx.program.class(class).kind == ClassKind::Struct,
        this_ty: cx.class_ty(class),
        method_name: m.name.clone(),
        ordinal,
        envs: HashMap::new(),
        fields: HashMap::new(),
        tables: Vec::new(),
        remap: Vec::new(),
        env_count: 0,
        new_classes: Vec::new(),
        new_fields: Vec::new(),
        new_methods: Vec::new(),
        class_methods: Vec::new(),
        class_fields: Vec::new(),
        first_class: cx.program.classes.len(),
        first_field: cx.program.fields.len(),
        first_method: cx.program.methods.len(),
        shared: shared.clone(),
        lambda_names: 0,
        env: Vec::new(),
    };
    let n = c.old.len();
    c.decl = vec![None; n];
    c.captured = vec![false; n];
    c.by_construct = vec![false; n];
    c.remap = vec![None; n];
    c.top(&mut body.clone(), &params);
    if let Some((name, span)) = c.ref_capture.take() {
        cx.error("CS1628", format!("Cannot use ref, out, or in parameter '{name}' inside an anonymous method, lambda expression, query expression, or local function"), span, "copy the parameter into a local and use the local in the lambda");
        return;
    }
    c.decide();
    c.rewrite = true;
    (c.next_scope, c.next_func, c.open_funcs) = (0, 1, vec![0]);
    c.tables = vec![Vec::new(); c.funcs.len()];
    let original = body.clone();
    let params = c.top(&mut body, &params);
    let mut old = std::mem::take(&mut c.old);
    for (l, captured) in old.iter_mut().zip(&c.captured) {
        l.captured = *captured;
    }
    if let Some((what, span)) = c.fail.take() {
        cx.unsupported(&what, span);
        let method = &mut cx.program.methods[i];
        method.locals = old;
        method.body = Some(original);
        return;
    }
    // The method keeps its own locals (captured ones included, for the dumps), renumbered.
    let method = &mut cx.program.methods[i];
    method.locals = std::mem::take(&mut c.tables[0]);
    method.params = params;
    (method.expr_count, method.stmt_count) = crate::ids::number(&mut body);
    method.body = Some(body);
    let _ = old;
    for class in c.new_classes {
        cx.program.classes.push(class);
    }
    for field in c.new_fields {
        cx.program.fields.push(field);
    }
    for (f, mut m) in c.new_methods {
        m.locals = std::mem::take(&mut c.tables[f]);
        if let Some(b) = &mut m.body {
            (m.expr_count, m.stmt_count) = crate::ids::number(b);
        }
        cx.program.methods.push(m);
    }
    for (class, m) in c.class_methods {
        cx.program.classes[class.0 as usize].methods.push(m);
    }
    for (class, f) in c.class_fields {
        cx.program.classes[class.0 as usize].fields.push(f);
    }
    *shared = c.shared;
}

#[derive(Clone, Debug)]
struct Scope {
    func: usize,
    depth: u32,
    /// The scope whose display class holds this one's captured variables.
    rep: usize,
    /// The nearest enclosing scope with a display class, in the same function.
    parent: Option<usize>,
}

#[derive(Clone, Debug, Default)]
struct Func {
    parent: usize,
    /// The display-class scopes it reaches outside itself (its own lambdas' included).
    captures: BTreeSet<usize>,
    uses_this: bool,
    home: Home,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Home {
    #[default]
    Method,
    Env(usize),
    Instance,
    Static,
}

#[derive(Clone, Debug)]
struct Env {
    class: ClassId,
    ty: Ty,
    /// The local that holds it in the function that makes it.
    local: LocalId,
    /// The field that links to the enclosing display class, and that class's scope.
    link: Option<(FieldId, usize)>,
    this_field: Option<FieldId>,
}

struct Conv {
    rewrite: bool,
    old: Vec<Local>,
    /// The scope each local is declared in.
    decl: Vec<Option<usize>>,
    captured: Vec<bool>,
    /// A parameter, or a `foreach` or `catch` variable: its display class gets a copy of its
    /// value where the construct begins.
    by_construct: Vec<bool>,
    scopes: Vec<Scope>,
    funcs: Vec<Func>,
    stack: Vec<usize>,
    open_funcs: Vec<usize>,
    next_scope: usize,
    next_func: usize,
    fail: Option<(String, Span)>,
    /// A `ref`/`out`/`in` parameter used by a lambda or local function (C#'s CS1628).
    ref_capture: Option<(String, Span)>,
    class: ClassId,
    is_struct: bool,
    this_ty: Ty,
    method_name: String,
    ordinal: usize,
    envs: HashMap<usize, Env>,
    fields: HashMap<LocalId, FieldId>,
    /// Each function's new table of locals, and each old local's id in its function's.
    tables: Vec<Vec<Local>>,
    remap: Vec<Option<LocalId>>,
    env_count: usize,
    new_classes: Vec<Class>,
    new_fields: Vec<Field>,
    /// Each lambda's method, with the function whose locals it takes.
    new_methods: Vec<(usize, Method)>,
    /// Methods and fields added to classes that exist already.
    class_methods: Vec<(ClassId, MethodId)>,
    class_fields: Vec<(ClassId, FieldId)>,
    first_class: usize,
    first_field: usize,
    first_method: usize,
    /// Each class's `<>c`, which holds its lambdas that capture nothing.
    shared: Shared,
    lambda_names: usize,
    /// Which scopes have a display class (a captured variable's representative), by scope.
    env: Vec<bool>,
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt::new(kind, span)
}

fn expr(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr::new(kind, ty, span)
}

impl Conv {
    fn cur(&self) -> usize {
        *self.open_funcs.last().unwrap_or(&0)
    }

    fn fail(&mut self, what: &str, span: Span) {
        if self.fail.is_none() {
            self.fail = Some((what.to_string(), span));
        }
    }

    // ---- scopes and declarations (both walks) ----

    /// Opens a scope; `mergeable`: entered at most once per entry of its parent.
    fn open(&mut self, mergeable: bool) -> usize {
        let id = self.next_scope;
        self.next_scope += 1;
        if !self.rewrite {
            let func = self.cur();
            let parent = self
                .stack
                .last()
                .copied()
                .filter(|&p| self.scopes[p].func == func);
            let rep = match parent {
                Some(p) if mergeable => self.scopes[p].rep,
                _ => id,
            };
            let depth = self.stack.last().map_or(0, |&p| self.scopes[p].depth + 1);
            let parent_rep = parent.map(|p| self.scopes[p].rep);
            self.scopes.push(Scope {
                func,
                depth,
                rep,
                parent: parent_rep,
            });
        }
        self.stack.push(id);
        id
    }

    fn close(&mut self) {
        self.stack.pop();
    }

    fn declare(&mut self, l: LocalId, by_construct: bool) {
        let i = l.0 as usize;
        if !self.rewrite && i < self.decl.len() && self.decl[i].is_none() {
            self.decl[i] = self.stack.last().copied();
            self.by_construct[i] = by_construct;
        }
    }

    /// A use of local `l` in the current function: captured when declared in another.
    fn note_use(&mut self, l: LocalId, span: Span) {
        let i = l.0 as usize;
        if self.rewrite || i >= self.decl.len() {
            return;
        }
        let Some(scope) = self.decl[i] else {
            // A temporary used before any declaration: it belongs where it is used.
            self.decl[i] = self.stack.last().copied();
            return;
        };
        let (owner, rep) = (self.scopes[scope].func, self.scopes[scope].rep);
        let mut f = self.cur();
        if f == owner {
            return;
        }
        self.captured[i] = true;
        if self.ref_capture.is_none() {
            // Ref locals are not in the language yet (UA0100): only parameters get here.
            let by_ref = |x: &&Local| x.by_ref.is_some() && x.kind == LocalKind::Param;
            if let Some(local) = self.old.get(i).filter(by_ref) {
                self.ref_capture = Some((local.name.clone(), span));
            }
        }
        while f != owner && f != 0 {
            self.funcs[f].captures.insert(rep);
            f = self.funcs[f].parent;
        }
    }

    fn note_this(&mut self) {
        let mut f = self.cur();
        while f != 0 {
            self.funcs[f].uses_this = true;
            f = self.funcs[f].parent;
        }
    }

    /// Where each lambda goes.
    fn decide(&mut self) {
        for f in 1..self.funcs.len() {
            let home =
                (self.funcs[f].captures.iter().copied()).max_by_key(|&s| self.scopes[s].depth);
            self.funcs[f].home = match home {
                Some(s) => Home::Env(s),
                None if self.funcs[f].uses_this => Home::Instance,
                None => Home::Static,
            };
        }
        self.env = vec![false; self.scopes.len()];
        for (c, d) in self.captured.iter().zip(&self.decl) {
            if let (true, Some(d)) = (*c, d) {
                self.env[self.scopes[*d].rep] = true;
            }
        }
    }

    /// Whether scope `s` (a representative) has a display class.
    fn has_env(&self, s: usize) -> bool {
        self.env.get(s).copied().unwrap_or(false)
    }
}

mod rewrite;
mod walk;
