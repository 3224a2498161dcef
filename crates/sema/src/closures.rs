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

use crate::constants::ConstValue;
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
    }

    /// Whether scope `s` (a representative) has a display class.
    fn has_env(&self, s: usize) -> bool {
        self.captured
            .iter()
            .zip(&self.decl)
            .any(|(c, d)| *c && d.is_some_and(|d| self.scopes[d].rep == s))
    }

    // ---- the walk ----

    /// The method's body: its parameters belong to its outermost block's scope. Returns the
    /// parameters' new ids.
    fn top(&mut self, body: &mut Block, params: &[LocalId]) -> Vec<LocalId> {
        let s = self.open(false);
        for &p in params {
            self.declare(p, true);
        }
        let params: Vec<LocalId> = params.iter().map(|&p| self.local_id(p)).collect();
        self.block_stmts(body);
        let entry = self.scope_entry(s, body.span);
        body.stmts.splice(0..0, entry);
        self.close();
        params
    }

    fn block_stmts(&mut self, b: &mut Block) {
        // A block's locals belong to it before any statement runs: its local functions,
        // moved to its start, may use locals declared after them.
        for s in &b.stmts {
            if let StmtKind::Local { local, .. } = &s.kind {
                self.declare(*local, false);
            }
        }
        for s in &mut b.stmts {
            self.stmt(s, false);
        }
    }

    /// A block opening a scope; `loop_body`: run once per iteration.
    fn block(&mut self, b: &mut Block, loop_body: bool) {
        let s = self.open(!loop_body);
        self.block_stmts(b);
        let entry = self.scope_entry(s, b.span);
        b.stmts.splice(0..0, entry);
        self.close();
    }

    fn stmt(&mut self, st: &mut Stmt, loop_body: bool) {
        let span = st.span;
        match &mut st.kind {
            StmtKind::Block(b) => self.block(b, loop_body),
            StmtKind::Local { local, init } => {
                let l = *local;
                self.declare(l, false);
                if let Some(e) = init {
                    self.expr(e);
                }
                if self.rewrite && self.is_captured(l) {
                    let value = init.take();
                    st.kind = match value {
                        Some(v) => {
                            let target = self.captured_place(l, span);
                            let ty = v.ty.clone();
                            let assign = ExprKind::Assign {
                                target,
                                value: Box::new(v),
                            };
                            StmtKind::Expr(expr(assign, ty, span))
                        }
                        None => StmtKind::Empty,
                    };
                } else if self.rewrite {
                    *local = self.local_id(l);
                }
            }
            StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::YieldReturn(e) => self.expr(e),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.stmt(then, false);
                if let Some(o) = otherwise {
                    self.stmt(o, false);
                }
            }
            StmtKind::While { cond, body } => {
                self.expr(cond);
                self.stmt(body, true);
            }
            StmtKind::DoWhile { body, cond } => {
                self.stmt(body, true);
                self.expr(cond);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                let s = self.open(true);
                for i in init.iter_mut() {
                    self.stmt(i, false);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmt(body, true);
                for u in update.iter_mut() {
                    self.expr(u);
                }
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                self.expr(collection);
                let s = self.open(false);
                let l = *local;
                self.declare(l, true);
                if self.rewrite {
                    *local = self.local_id(l);
                }
                self.stmt(body, false);
                let entry = self.scope_entry(s, span);
                self.close();
                if !entry.is_empty() {
                    let old = std::mem::replace(body.as_mut(), stmt(StmtKind::Empty, span));
                    let mut stmts = entry;
                    stmts.push(old);
                    **body = stmt(StmtKind::Block(Block { stmts, span }), span);
                }
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                self.block(body, false);
                for c in catches.iter_mut() {
                    let s = self.open(true);
                    if let Some(l) = c.local {
                        self.declare(l, true);
                        if self.rewrite {
                            if self.is_captured(l) && c.filter.is_some() {
                                self.fail("a `catch` variable that a lambda captures, with a `when` filter, is", c.span);
                            }
                            c.local = Some(self.local_id(l));
                        }
                    }
                    if let Some(f) = &mut c.filter {
                        self.expr(f);
                    }
                    self.block(&mut c.body, false);
                    let entry = self.scope_entry(s, c.span);
                    c.body.stmts.splice(0..0, entry);
                    self.close();
                }
                if let Some(f) = finally {
                    self.block(f, false);
                }
            }
            StmtKind::Switch { subject, sections } => {
                self.expr(subject);
                let s = self.open(true);
                for sec in sections.iter_mut() {
                    for x in &mut sec.body {
                        self.stmt(x, false);
                    }
                }
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Using { resource, body } => {
                let s = self.open(true);
                for r in resource.iter_mut() {
                    if let StmtKind::Local { local, .. } = &r.kind {
                        if self.rewrite && self.is_captured(*local) {
                            self.fail("a `using` variable that a lambda captures is", r.span);
                        }
                    }
                    self.stmt(r, false);
                }
                self.stmt(body, false);
                let entry = self.scope_entry(s, span);
                self.close();
                self.wrap(st, entry);
            }
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Label(_)
            | StmtKind::Goto(_)
            | StmtKind::GotoSection(_)
            | StmtKind::Rethrow
            | StmtKind::YieldBreak
            | StmtKind::Empty => {}
        }
    }

    /// Puts `entry` before statement `st` in a block of their own.
    fn wrap(&mut self, st: &mut Stmt, entry: Vec<Stmt>) {
        if entry.is_empty() {
            return;
        }
        let span = st.span;
        let old = std::mem::replace(st, stmt(StmtKind::Empty, span));
        let mut stmts = entry;
        stmts.push(old);
        *st = stmt(StmtKind::Block(Block { stmts, span }), span);
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn place(&mut self, p: &mut Place, span: Span) {
        match p {
            Place::Local(l) => {
                let l = *l;
                self.note_use(l, span);
                if self.rewrite {
                    *p = if self.is_captured(l) {
                        self.captured_place(l, span)
                    } else {
                        Place::Local(self.local_id(l))
                    };
                }
            }
            Place::This => {
                if self.cur() != 0 {
                    self.fail("assigning `this` inside a lambda is", span);
                }
            }
            Place::StaticField(_) => {}
            Place::ArrayElement { array, index } => {
                self.expr(array);
                self.expr(index);
            }
            Place::Indexer { target, index, .. } => {
                self.expr(target);
                self.expr(index);
            }
            Place::InstanceField { receiver, .. } => self.expr(receiver),
            Place::Property { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
                self.exprs(args);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Local(l) => {
                let l = *l;
                self.note_use(l, span);
                if self.rewrite {
                    if self.is_captured(l) {
                        let Place::InstanceField { receiver, field } = self.captured_place(l, span)
                        else {
                            return;
                        };
                        e.kind = ExprKind::InstanceField { receiver, field };
                    } else {
                        e.kind = ExprKind::Local(self.local_id(l));
                    }
                }
            }
            ExprKind::This => {
                if self.cur() != 0 {
                    if !self.rewrite {
                        self.note_this();
                    } else if self.is_struct {
                        // C#'s CS1673: a lambda cannot reach a struct's `this`.
                        self.fail("a lambda using `this` of a struct (C#'s CS1673) is", span);
                    } else {
                        *e = self.this_expr(self.cur(), span);
                    }
                }
            }
            ExprKind::Base => {
                if self.cur() != 0 {
                    self.fail("`base` inside a lambda is", span);
                }
            }
            ExprKind::Const(_) | ExprKind::StaticField(_) | ExprKind::Error => {}
            ExprKind::UnboundLambda(_) => self.fail("an unbound lambda is", span),
            ExprKind::Property { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
            }
            ExprKind::Call { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
                self.exprs(args);
            }
            ExprKind::New {
                args, initializer, ..
            } => {
                self.exprs(args);
                self.exprs(initializer);
            }
            ExprKind::NewArray { size, .. } => self.expr(size),
            ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => self.exprs(items),
            ExprKind::ArrayElement { array, index } => {
                self.expr(array);
                self.expr(index);
            }
            ExprKind::Indexer { target, index, .. } => {
                self.expr(target);
                self.expr(index);
            }
            ExprKind::TypeTest { expr: x, local, .. } => {
                self.expr(x);
                if let Some(l) = *local {
                    self.declare(l, true);
                    self.note_use(l, span);
                    if self.rewrite {
                        if self.is_captured(l) {
                            self.fail("a pattern variable that a lambda captures is", span);
                        }
                        *local = Some(self.local_id(l));
                    }
                }
            }
            ExprKind::OutCall { call, out } => {
                self.expr(call);
                if let Some(l) = *out {
                    self.note_use(l, span);
                    if self.rewrite {
                        if self.is_captured(l) {
                            self.fail("an `out` variable that a lambda captures is", span);
                        }
                        *out = Some(self.local_id(l));
                    }
                }
            }
            ExprKind::Unary { operand: x, .. }
            | ExprKind::ToStr(x)
            | ExprKind::Convert { expr: x, .. }
            | ExprKind::Discard(x)
            | ExprKind::Await { expr: x, .. }
            | ExprKind::RefArg { target: x, .. }
            | ExprKind::InstanceField { receiver: x, .. } => self.expr(x),
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Assign { target, value } | ExprKind::CompoundAssign { target, value, .. } => {
                self.place(target, span);
                self.expr(value);
            }
            ExprKind::IncDec { target, .. } => self.place(target, span),
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.expr(then);
                self.expr(otherwise);
            }
            ExprKind::NewObject { args, init, .. } => {
                self.exprs(args);
                for i in init {
                    self.expr(&mut i.value);
                }
            }
            ExprKind::MethodGroup {
                method: Callee::User(m),
                receiver: None,
            } => {
                if self.rewrite {
                    let m = *m;
                    e.kind = self.cached_method_group(m, &e.ty, span);
                }
            }
            ExprKind::MethodGroup { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r);
                }
            }
            ExprKind::InvokeDelegate { target, args } => {
                self.expr(target);
                self.exprs(args);
            }
            ExprKind::Lambda(_) => {
                let ExprKind::Lambda(l) = std::mem::replace(&mut e.kind, ExprKind::Error) else {
                    return;
                };
                e.kind = self.lambda(*l, &e.ty, span);
            }
        }
    }

    /// A lambda: its body walked as a function of its own; in the rewrite, its method made
    /// and the delegate's creation put in its place.
    fn lambda(&mut self, mut l: Lambda, ty: &Ty, span: Span) -> ExprKind {
        let f = self.next_func;
        self.next_func += 1;
        if !self.rewrite {
            self.funcs.push(Func {
                parent: self.cur(),
                ..Func::default()
            });
        }
        self.open_funcs.push(f);
        let s = self.open(false);
        for &p in &l.params {
            self.declare(p, true);
        }
        let params: Vec<LocalId> = if self.rewrite {
            l.params.iter().map(|&p| self.local_id(p)).collect()
        } else {
            Vec::new()
        };
        self.block_stmts(&mut l.body);
        let entry = self.scope_entry(s, l.body.span);
        l.body.stmts.splice(0..0, entry);
        self.close();
        self.open_funcs.pop();
        if !self.rewrite {
            return ExprKind::Lambda(Box::new(l));
        }
        self.make_lambda(f, l, params, ty, span)
    }

    // ---- the rewrite ----

    fn is_captured(&self, l: LocalId) -> bool {
        self.captured.get(l.0 as usize).copied().unwrap_or(false)
    }

    /// Local `l`'s id in the table of the function that owns it (the current one).
    fn local_id(&mut self, l: LocalId) -> LocalId {
        let i = l.0 as usize;
        if !self.rewrite {
            return l;
        }
        if let Some(n) = self.remap.get(i).copied().flatten() {
            return n;
        }
        let f = self.cur();
        let table = &mut self.tables[f];
        let n = LocalId(table.len() as u32);
        let mut local = self.old[i].clone();
        local.captured = false;
        table.push(local);
        self.remap[i] = Some(n);
        n
    }

    fn new_local(&mut self, f: usize, name: String, ty: Ty, span: Span) -> LocalId {
        let table = &mut self.tables[f];
        let n = LocalId(table.len() as u32);
        table.push(Local {
            name,
            ty,
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        n
    }

    fn new_field(
        &mut self,
        class: ClassId,
        name: &str,
        ty: Ty,
        is_static: bool,
        span: Span,
    ) -> FieldId {
        let id = FieldId((self.first_field + self.new_fields.len()) as u32);
        self.new_fields.push(Field {
            class,
            name: name.to_string(),
            ty,
            is_static,
            is_readonly: false,
            constant: None,
            init: None,
            span,
            name_span: span,
        });
        match self.new_class(class) {
            Some(c) => c.fields.push(id),
            None => self.class_fields.push((class, id)),
        }
        id
    }

    /// A class this conversion made (still to be added to the program).
    fn new_class(&mut self, c: ClassId) -> Option<&mut Class> {
        let i = (c.0 as usize).checked_sub(self.first_class)?;
        self.new_classes.get_mut(i)
    }

    fn add_class(&mut self, name: String, is_static: bool, span: Span) -> (ClassId, Ty) {
        let id = ClassId((self.first_class + self.new_classes.len()) as u32);
        self.new_classes.push(Class {
            name: name.clone(),
            namespace: None,
            kind: ClassKind::Class,
            is_static,
            fields: Vec::new(),
            methods: Vec::new(),
            span,
            name_span: span,
            base: None,
            lib_base: None,
            is_abstract: false,
            vtable: Vec::new(),
            interfaces: Vec::new(),
            itable: Vec::new(),
            outer: Some(self.class),
            enum_flags: false,
            enum_underlying: Ty::Int,
            equatable: None,
            comparable: None,
            dispose: None,
        });
        let ty = Ty::Class(
            id,
            Arc::new(ClassRef {
                name,
                base: None,
                is_interface: false,
                is_struct: false,
                interfaces: Vec::new(),
                disposable: false,
            }),
        );
        (id, ty)
    }

    /// The statements that begin scope `s`: its display class made (when it is the
    /// representative of its scopes and has one), and the values of the variables it
    /// declares by construct copied in.
    fn scope_entry(&mut self, s: usize, span: Span) -> Vec<Stmt> {
        if !self.rewrite {
            return Vec::new();
        }
        let mut out = Vec::new();
        if self.scopes[s].rep == s && self.has_env(s) {
            let env = self.make_env(s, span);
            let mut init = Vec::new();
            if let Some((field, target)) = env.link {
                init.push(MemberInit {
                    target: InitTarget::Field(field),
                    value: self.env_ref(target, span),
                });
            }
            if let Some(field) = env.this_field {
                init.push(MemberInit {
                    target: InitTarget::Field(field),
                    value: self.this_expr(self.cur(), span),
                });
            }
            let new = ExprKind::NewObject {
                class: env.class,
                ctor: None,
                args: Vec::new(),
                init,
            };
            let assign = ExprKind::Assign {
                target: Place::Local(env.local),
                value: Box::new(expr(new, env.ty.clone(), span)),
            };
            out.push(stmt(
                StmtKind::Expr(expr(assign, env.ty.clone(), span)),
                span,
            ));
        }
        // Parameters, `foreach` and `catch` variables declared in `s` itself.
        for i in 0..self.old.len() {
            if self.captured[i] && self.by_construct[i] && self.decl[i] == Some(s) {
                let l = LocalId(i as u32);
                let ty = self.old[i].ty.clone();
                let source = self.local_id(l);
                let target = self.captured_place(l, span);
                let assign = ExprKind::Assign {
                    target,
                    value: Box::new(expr(ExprKind::Local(source), ty.clone(), span)),
                };
                out.push(stmt(StmtKind::Expr(expr(assign, ty, span)), span));
            }
        }
        out
    }

    /// The display class of scope `s`, made on first need.
    fn make_env(&mut self, s: usize, span: Span) -> Env {
        if let Some(e) = self.envs.get(&s) {
            return e.clone();
        }
        let name = format!("<>c__DisplayClass{}_{}", self.ordinal, self.env_count);
        self.env_count += 1;
        let (class, ty) = self.add_class(name, false, span);
        let f = self.scopes[s].func;
        let local = self.new_local(
            f,
            format!("CS$<>8__locals{}", self.env_count - 1),
            ty.clone(),
            span,
        );
        // The enclosing display class: in the same function, or the one the function's
        // own object is.
        let outer = match self.scopes[s].parent {
            Some(p) => self.enclosing_env(p, f),
            None => self.home_env(f),
        };
        let link = outer.map(|t| {
            let tty = self.make_env(t, span).ty;
            (
                self.new_field(class, "CS$<>8__locals1", tty, false, span),
                t,
            )
        });
        let needs_this = (1..self.funcs.len())
            .any(|g| self.funcs[g].home == Home::Env(s) && self.funcs[g].uses_this);
        let this_field = needs_this
            .then(|| self.new_field(class, "<>4__this", self.this_ty.clone(), false, span));
        let env = Env {
            class,
            ty,
            local,
            link,
            this_field,
        };
        self.envs.insert(s, env.clone());
        for i in 0..self.old.len() {
            if self.captured[i] && self.decl[i].is_some_and(|d| self.scopes[d].rep == s) {
                let (name, ty) = (self.old[i].name.clone(), self.old[i].ty.clone());
                let field = self.new_field(class, &name, ty, false, span);
                self.fields.insert(LocalId(i as u32), field);
            }
        }
        env
    }

    /// The nearest scope from `s` outwards in function `f` that has a display class, else
    /// the display class `f` is a method of.
    fn enclosing_env(&self, s: usize, f: usize) -> Option<usize> {
        let mut cur = Some(s);
        while let Some(c) = cur {
            if self.has_env(c) {
                return Some(c);
            }
            cur = self.scopes[c].parent;
        }
        self.home_env(f)
    }

    fn home_env(&self, f: usize) -> Option<usize> {
        match self.funcs[f].home {
            Home::Env(h) if f != 0 => Some(h),
            _ => None,
        }
    }

    /// The display object of scope `t` as the current function reaches it: its own local,
    /// or through `this` (the function's home) and the links outwards.
    fn env_ref(&mut self, t: usize, span: Span) -> Expr {
        let f = self.cur();
        if let (true, Some(env)) = (self.scopes[t].func == f, self.envs.get(&t)) {
            return expr(ExprKind::Local(env.local), env.ty.clone(), span);
        }
        let Home::Env(mut at) = self.funcs[f].home else {
            self.fail("this capture of a variable is", span);
            return Expr::error(span);
        };
        let mut e = expr(ExprKind::This, self.make_env(at, span).ty, span);
        let mut steps = 0;
        while at != t {
            let Some((field, next)) = self.envs.get(&at).and_then(|x| x.link) else {
                self.fail("this capture of a variable is", span);
                return Expr::error(span);
            };
            let ty = self.envs.get(&next).map_or(Ty::Error, |x| x.ty.clone());
            e = expr(
                ExprKind::InstanceField {
                    receiver: Box::new(e),
                    field,
                },
                ty,
                span,
            );
            at = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        e
    }

    fn captured_place(&mut self, l: LocalId, span: Span) -> Place {
        let i = l.0 as usize;
        let rep = self.decl[i].map(|d| self.scopes[d].rep).unwrap_or(0);
        self.make_env(rep, span);
        let receiver = self.env_ref(rep, span);
        match self.fields.get(&l) {
            Some(&field) => Place::InstanceField {
                receiver: Box::new(receiver),
                field,
            },
            None => {
                self.fail("this capture of a variable is", span);
                Place::Local(l)
            }
        }
    }

    /// `this` of the method as function `f` reaches it.
    fn this_expr(&mut self, f: usize, span: Span) -> Expr {
        match self.funcs[f].home {
            Home::Method | Home::Instance => expr(ExprKind::This, self.this_ty.clone(), span),
            Home::Env(h) => {
                let env = self.make_env(h, span);
                match env.this_field.map(|f| (env.ty.clone(), f)) {
                    Some((ty, field)) => expr(
                        ExprKind::InstanceField {
                            receiver: Box::new(expr(ExprKind::This, ty, span)),
                            field,
                        },
                        self.this_ty.clone(),
                        span,
                    ),
                    None => {
                        self.fail("this use of `this` in a lambda is", span);
                        Expr::error(span)
                    }
                }
            }
            Home::Static => {
                self.fail("this use of `this` in a lambda is", span);
                Expr::error(span)
            }
        }
    }

    /// Lambda `f`'s method, and the creation of its delegate.
    fn make_lambda(
        &mut self,
        f: usize,
        l: Lambda,
        params: Vec<LocalId>,
        ty: &Ty,
        span: Span,
    ) -> ExprKind {
        let home = self.funcs[f].home;
        let k = self.lambda_names;
        self.lambda_names += 1;
        let (class, is_static, mut name) = match home {
            Home::Env(h) => {
                let env = self.make_env(h, span);
                (env.class, false, format!("<{}>b__{k}", self.method_name))
            }
            Home::Instance | Home::Method => (
                self.class,
                false,
                format!("<{}>b__{}_{k}", self.method_name, self.ordinal),
            ),
            Home::Static => {
                let c = self.cache_class(span);
                (
                    c,
                    true,
                    format!("<{}>b__{}_{k}", self.method_name, self.ordinal),
                )
            }
        };
        // Roslyn names a local function's method `<Main>g__Square|0_0`.
        if let Some(n) = &l.local_name {
            name = format!("<{}>g__{n}|{}_{k}", self.method_name, self.ordinal);
        }
        let id = MethodId((self.first_method + self.new_methods.len()) as u32);
        let param_types = params
            .iter()
            .map(|p| self.tables[f][p.0 as usize].ty.clone())
            .collect();
        self.new_methods.push((
            f,
            Method {
                class,
                name: name.clone(),
                kind: MethodKind::Ordinary,
                is_static,
                is_async: l.is_async,
                async_kind: l.async_kind.clone(),
                iterator: None,
                type_params: Vec::new(),
                params,
                param_types,
                return_type: match &l.async_kind {
                    AsyncKind::NotAsync => l.return_type.clone(),
                    _ => l.return_type.clone(),
                },
                locals: Vec::new(),
                body: Some(l.body),
                expr_count: 0,
                stmt_count: 0,
                span,
                name_span: span,
                virt: Virt::None,
                vslot: None,
            },
        ));
        match self.new_class(class) {
            Some(c) => c.methods.push(id),
            None => self.class_methods.push((class, id)),
        }
        let callee = Callee::User(id);
        match home {
            Home::Env(h) => {
                let receiver = self.env_ref(h, span);
                ExprKind::MethodGroup {
                    method: callee,
                    receiver: Some(Box::new(receiver)),
                }
            }
            Home::Instance | Home::Method => ExprKind::MethodGroup {
                method: callee,
                receiver: Some(Box::new(self.this_expr(self.cur(), span))),
            },
            Home::Static => {
                // `<>c.<>9__0_0 ?? (<>c.<>9__0_0 = new D(<>c.<Main>b__0_0))`
                let field_name = format!("<>9__{}_{k}", self.ordinal);
                let field = self.new_field(class, &field_name, ty.clone(), true, span);
                cached(field, callee, ty, span)
            }
        }
    }

    /// A static method group made a delegate: cached in a static field of the class's `<>O`,
    /// made once per delegate type, as C# 11 and later compile it (`<>O.<0>__Square`).
    fn cached_method_group(&mut self, m: MethodId, ty: &Ty, span: Span) -> ExprKind {
        let key = (self.class, m, ty.to_string());
        let field = match self.shared.group_fields.get(&key) {
            Some(&f) => f,
            None => {
                let class = match self.shared.group_classes.get(&self.class) {
                    Some(&c) => c,
                    None => {
                        let (c, _) = self.add_class("<>O".to_string(), true, span);
                        self.shared.group_classes.insert(self.class, c);
                        c
                    }
                };
                let n = self
                    .shared
                    .group_fields
                    .keys()
                    .filter(|k| k.0 == self.class)
                    .count();
                let name = format!(
                    "<{n}>__{}",
                    self.shared
                        .names
                        .get(m.0 as usize)
                        .cloned()
                        .unwrap_or_default()
                );
                let f = self.new_field(class, &name, ty.clone(), true, span);
                self.shared.group_fields.insert(key, f);
                f
            }
        };
        cached(field, Callee::User(m), ty, span)
    }

    /// The `<>c` class of the method's class, made on first need.
    fn cache_class(&mut self, span: Span) -> ClassId {
        if let Some(&c) = self.shared.cache_classes.get(&self.class) {
            return c;
        }
        let (c, _) = self.add_class("<>c".to_string(), true, span);
        self.shared.cache_classes.insert(self.class, c);
        c
    }
}

/// `field ?? (field = new D(method))`: a delegate of a static method made once.
fn cached(field: FieldId, callee: Callee, ty: &Ty, span: Span) -> ExprKind {
    {
        {
            {
                let read = || expr(ExprKind::StaticField(field), ty.clone(), span);
                let null = expr(ExprKind::Const(ConstValue::Null), Ty::Object, span);
                let as_object = expr(
                    ExprKind::Convert {
                        conversion: Conversion::Reference,
                        expr: Box::new(read()),
                    },
                    Ty::Object,
                    span,
                );
                let cond = ExprKind::Binary {
                    op: BinOp::Eq,
                    operand_ty: Ty::Object,
                    lhs: Box::new(as_object),
                    rhs: Box::new(null),
                };
                let group = ExprKind::MethodGroup {
                    method: callee,
                    receiver: None,
                };
                let store = ExprKind::Assign {
                    target: Place::StaticField(field),
                    value: Box::new(expr(group, ty.clone(), span)),
                };
                ExprKind::Conditional {
                    cond: Box::new(expr(cond, Ty::Bool, span)),
                    then: Box::new(expr(store, ty.clone(), span)),
                    otherwise: Box::new(read()),
                }
            }
        }
    }
}
