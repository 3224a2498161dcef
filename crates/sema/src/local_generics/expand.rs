//! Each generic local function becomes one ordinary local function per list of type arguments
//! its method's body uses (see local_generics.rs).

use std::collections::HashMap;

use unawait_syntax::Span;

use super::{owner_of, MAX_COPIES};
use crate::context::Ctx;
use crate::generics::Subst;
use crate::hir::visit::{self, VisitMut};
use crate::hir::*;
use crate::types::Ty;

/// Runs before instantiation, on a program without errors.
pub(crate) fn expand(cx: &mut Ctx<'_>) {
    if cx.local_generic.is_empty() || cx.diags.list.iter().any(|d| d.is_error()) {
        return;
    }
    let mut methods: Vec<(MethodId, HashMap<LocalId, MethodId>)> =
        std::mem::take(&mut cx.local_generic).into_iter().collect();
    methods.sort_by_key(|(m, _)| *m);
    for (m, fns) in methods {
        expand_method(cx, m, fns);
    }
}

/// `expand` for method `m`, checked after it ran (a constructor of a generic type's instance
/// that instantiation made).
pub(crate) fn expand_late(cx: &mut Ctx<'_>, m: MethodId) {
    if cx.diags.list.iter().any(|d| d.is_error()) {
        return;
    }
    if let Some(fns) = cx.local_generic.remove(&m) {
        expand_method(cx, m, fns);
    }
}

/// Bodies checked after their expansion could run (none known): their generic local functions
/// would reach lowering as calls of body-less methods, so they are reported instead.
pub(crate) fn report_left(cx: &mut Ctx<'_>) {
    if cx.diags.list.iter().any(|d| d.is_error()) {
        return;
    }
    let mut left: Vec<MethodId> = cx.local_generic.keys().copied().collect();
    left.sort();
    for m in left {
        let span = cx.program.method(m).name_span;
        cx.unsupported("generic local functions in this member are", span);
    }
    cx.local_generic.clear();
}

/// A copy still to make: the generic function's local, its type arguments, the delegate type
/// and the copy's local.
type Pending = (LocalId, Vec<Ty>, Ty, LocalId);

struct Expander {
    /// Each generic local function's local and method.
    fns: HashMap<LocalId, MethodId>,
    /// Their lambdas, taken out of the body.
    templates: HashMap<LocalId, Lambda>,
    copies: HashMap<(LocalId, Vec<Ty>, Ty), LocalId>,
    queue: Vec<Pending>,
    /// The copies' declarations, by the generic function's local.
    decls: HashMap<LocalId, Vec<Stmt>>,
    locals: Vec<Local>,
    /// A function copied without end, reported.
    endless: Option<Span>,
}

fn expand_method(cx: &mut Ctx<'_>, m: MethodId, fns: HashMap<LocalId, MethodId>) {
    let i = m.0 as usize;
    let Some(mut body) = cx.program.methods[i].body.take() else {
        return;
    };
    let class = cx.program.methods[i].class;
    let mut x = Expander {
        fns,
        templates: HashMap::new(),
        copies: HashMap::new(),
        queue: Vec::new(),
        decls: HashMap::new(),
        locals: std::mem::take(&mut cx.program.methods[i].locals),
        endless: None,
    };
    visit::block(&mut TakeTemplates { x: &mut x }, &mut body);
    visit::block(&mut Uses { x: &mut x }, &mut body);
    // In the order the uses come, so the copies are numbered in source order.
    let mut next = 0;
    while next < x.queue.len() && x.endless.is_none() {
        let p = x.queue[next].clone();
        next += 1;
        x.copy(cx, p, class);
    }
    if let Some(span) = x.endless {
        cx.unsupported(
            "a generic local function calling itself with ever larger type arguments is",
            span,
        );
    }
    let mut s = Splice { x: &mut x };
    s.stmts(&mut body.stmts);
    visit::block(&mut s, &mut body);
    let method = &mut cx.program.methods[i];
    method.locals = x.locals;
    (method.expr_count, method.stmt_count) = crate::ids::number(&mut body);
    method.body = Some(body);
}

impl Expander {
    /// The copy of generic function `g` for `args` as a delegate of type `ty`, made on first
    /// use.
    fn copy_for(&mut self, g: LocalId, args: Vec<Ty>, ty: Ty) -> LocalId {
        let key = (g, args, ty);
        if let Some(&l) = self.copies.get(&key) {
            return l;
        }
        let (g, args, ty) = key;
        let made = self.copies.keys().filter(|k| k.0 == g).count();
        if made >= MAX_COPIES && self.endless.is_none() {
            self.endless = Some(self.locals[g.0 as usize].span);
        }
        let base = &self.locals[g.0 as usize];
        let shown: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: format!("{}<{}>", base.name, shown.join(", ")),
            ty: ty.clone(),
            kind: LocalKind::LocalFunction,
            span: base.span,
            captured: false,
            by_ref: None,
        });
        self.copies.insert((g, args.clone(), ty.clone()), id);
        self.queue.push((g, args, ty, id));
        id
    }

    /// A use of a generic local function (its group for type arguments, through its local):
    /// the copy's local.
    fn use_of(&mut self, e: &mut Expr) {
        let ExprKind::MethodGroup {
            method: Callee::User(_),
            receiver: Some(r),
            type_args,
        } = &mut e.kind
        else {
            return;
        };
        let ExprKind::Local(g) = r.kind else {
            return;
        };
        if !self.fns.contains_key(&g) {
            return;
        }
        let args = std::mem::take(type_args);
        let l = self.copy_for(g, args, e.ty.clone());
        e.kind = ExprKind::Local(l);
    }

    /// Makes the copy `p` names: the lambda with the arguments in, its own locals copied, its
    /// uses of generic local functions named.
    fn copy(&mut self, cx: &mut Ctx<'_>, p: Pending, class: ClassId) {
        let (g, args, ty, id) = p;
        let (Some(lambda), Some(&method)) = (self.templates.get(&g), self.fns.get(&g)) else {
            return;
        };
        let Some(owner) = owner_of(cx, method) else {
            return;
        };
        let subst = Subst { owner, args };
        let span = lambda.body.span;
        let mut e = Expr::new(ExprKind::Lambda(Box::new(lambda.clone())), ty, span);
        let mut made = crate::instantiate::Made::default();
        let tys: Vec<Ty> = (self.locals.iter())
            .map(|l| substituted(cx, &l.ty, &subst))
            .collect();
        crate::instantiate::substitute_expr(cx, &mut made, &subst, tys, &mut e);
        crate::instantiate::recheck(cx, &subst, class);
        // The lambda's own locals (parameters, then its body's) are the copy's.
        let ExprKind::Lambda(l) = &mut e.kind else {
            return;
        };
        let mut own = Collect {
            first: l.first_local,
            found: Vec::new(),
        };
        own.lambda(l);
        visit::block(&mut own, &mut l.body);
        own.found.sort();
        own.found.dedup();
        let mut map = HashMap::new();
        for old in own.found {
            let mut local = self.locals[old.0 as usize].clone();
            local.ty = substituted(cx, &local.ty, &subst);
            map.insert(old, LocalId(self.locals.len() as u32));
            self.locals.push(local);
        }
        let mut r = Renumber { map: &map };
        r.lambda(l);
        visit::block(&mut r, &mut l.body);
        l.first_local = map
            .values()
            .map(|v| v.0)
            .min()
            .unwrap_or(self.locals.len() as u32);
        // A generic local function declared inside is one of this copy's own (its local was
        // copied above): its copies are made from this copy's lambda, the arguments in.
        for (old, new) in &map {
            if let Some(&m) = self.fns.get(old) {
                self.fns.insert(*new, m);
            }
        }
        visit::expr(&mut TakeTemplates { x: self }, &mut e);
        visit::expr(&mut Uses { x: self }, &mut e);
        let stmt = Stmt::new(
            StmtKind::Local {
                local: id,
                init: Some(e),
            },
            span,
        );
        self.decls.entry(g).or_default().push(stmt);
    }
}

fn substituted(cx: &mut Ctx<'_>, t: &Ty, s: &Subst) -> Ty {
    if !t.is_open() {
        return t.clone();
    }
    let t = t.instantiate(s);
    match t.names_generic_type() {
        true => cx.close_mut(&t, Span::default()),
        false => t,
    }
}

/// Takes the generic local functions' lambdas out of their declarations.
struct TakeTemplates<'a> {
    x: &'a mut Expander,
}

impl VisitMut for TakeTemplates<'_> {
    fn expr(&mut self, _e: &mut Expr) {}

    fn stmt(&mut self, s: &mut Stmt) {
        let StmtKind::Local { local, init } = &mut s.kind else {
            return;
        };
        if !self.x.fns.contains_key(local) {
            return;
        }
        if let Some(Expr {
            kind: ExprKind::Lambda(l),
            ..
        }) = init.take()
        {
            self.x.templates.insert(*local, *l);
        }
    }
}

/// Names the copies at uses.
struct Uses<'a> {
    x: &'a mut Expander,
}

impl VisitMut for Uses<'_> {
    fn expr(&mut self, e: &mut Expr) {
        self.x.use_of(e);
    }
}

/// Puts the copies where their generic function was declared.
struct Splice<'a> {
    x: &'a mut Expander,
}

impl Splice<'_> {
    fn stmts(&mut self, stmts: &mut Vec<Stmt>) {
        let generic = |s: &Stmt| matches!(&s.kind, StmtKind::Local { local, init: None } if self.x.fns.contains_key(local));
        if !stmts.iter().any(generic) {
            return;
        }
        let old = std::mem::take(stmts);
        for s in old {
            match &s.kind {
                StmtKind::Local { local, init: None } if self.x.fns.contains_key(local) => {
                    stmts.extend(self.x.decls.remove(local).unwrap_or_default());
                }
                _ => stmts.push(s),
            }
        }
    }
}

impl VisitMut for Splice<'_> {
    fn expr(&mut self, _e: &mut Expr) {}

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Block(b) => self.stmts(&mut b.stmts),
            StmtKind::Try { body, finally, .. } => {
                self.stmts(&mut body.stmts);
                if let Some(f) = finally {
                    self.stmts(&mut f.stmts);
                }
            }
            _ => {}
        }
    }

    fn catch(&mut self, c: &mut CatchClause) {
        self.stmts(&mut c.body.stmts);
    }

    fn lambda(&mut self, l: &mut Lambda) {
        self.stmts(&mut l.body.stmts);
    }
}

/// The locals a lambda declares (from `first` on) that its body names.
struct Collect {
    first: u32,
    found: Vec<LocalId>,
}

impl Collect {
    fn note(&mut self, l: LocalId) {
        if l.0 >= self.first {
            self.found.push(l);
        }
    }
}

impl VisitMut for Collect {
    fn expr(&mut self, e: &mut Expr) {
        each_expr_local(e, &mut |l| self.note(*l));
    }
    fn stmt(&mut self, s: &mut Stmt) {
        each_stmt_local(s, &mut |l| self.note(*l));
    }
    fn catch(&mut self, c: &mut CatchClause) {
        if let Some(l) = c.local {
            self.note(l);
        }
    }
    fn lambda(&mut self, l: &mut Lambda) {
        for p in l.params.clone() {
            self.note(p);
        }
    }
}

/// Renames locals by `map`.
struct Renumber<'a> {
    map: &'a HashMap<LocalId, LocalId>,
}

impl VisitMut for Renumber<'_> {
    fn expr(&mut self, e: &mut Expr) {
        let map = self.map;
        each_expr_local(e, &mut |l| *l = *map.get(l).unwrap_or(l));
    }
    fn stmt(&mut self, s: &mut Stmt) {
        let map = self.map;
        each_stmt_local(s, &mut |l| *l = *map.get(l).unwrap_or(l));
    }
    fn catch(&mut self, c: &mut CatchClause) {
        if let Some(l) = &mut c.local {
            *l = *self.map.get(l).unwrap_or(l);
        }
    }
    fn lambda(&mut self, l: &mut Lambda) {
        for p in &mut l.params {
            *p = *self.map.get(p).unwrap_or(p);
        }
        if let Some(&first) = self.map.get(&LocalId(l.first_local)) {
            l.first_local = first.0;
        }
    }
}

/// The locals an expression names itself (not its operands').
fn each_expr_local(e: &mut Expr, f: &mut dyn FnMut(&mut LocalId)) {
    match &mut e.kind {
        ExprKind::Local(l) => f(l),
        ExprKind::TypeTest { local: Some(l), .. } | ExprKind::OutCall { out: Some(l), .. } => f(l),
        ExprKind::Assign { target, .. }
        | ExprKind::CompoundAssign { target, .. }
        | ExprKind::IncDec { target, .. } => {
            if let Place::Local(l) = target {
                f(l);
            }
        }
        _ => {}
    }
}

/// The locals a statement declares itself.
fn each_stmt_local(s: &mut Stmt, f: &mut dyn FnMut(&mut LocalId)) {
    match &mut s.kind {
        StmtKind::Local { local, .. } | StmtKind::Foreach { local, .. } => f(local),
        _ => {}
    }
}
