//! Reachability and definite assignment over the HIR of one method, with C#'s rules: constant
//! conditions count (`while (true)` without `break` never completes), `&&`/`||`/`!` split the
//! state into "when true" and "when false", a catch or finally block starts from the state before
//! the try, and an unreachable point has every variable assigned (so no CS0165 in dead code).
//!
//! Reports CS0165 (use of unassigned local), CS0162 (unreachable code, once per region), CS0161
//! (not all code paths return a value) and CS0163/CS8070 (a `switch` section whose end is
//! reachable).
//!
//! A label starts from what every `goto` to it knows, a `switch` section from what the match and
//! every `goto case` to it know. A `goto` may jump back, so those states are a fixpoint: the body
//! is analysed again while one of them changes (they only lose assigned variables and gain
//! reachability, so this ends), and the diagnostics are those of the last pass.

use unawait_syntax::{Diagnostic, Span};

use crate::constants::ConstValue;
use crate::hir::{
    AsyncKind, BinOp, Block, Expr, ExprKind, LocalId, LocalKind, Method, Place, RefKind, Stmt,
    StmtKind, UnOp,
};
use crate::types::Ty;

mod fields;
mod local_fns;
mod switch;

pub use fields::StructFields;

#[derive(Clone, Debug, PartialEq)]
struct State {
    reachable: bool,
    assigned: Vec<u64>,
}

impl State {
    fn unreachable(words: usize) -> State {
        State {
            reachable: false,
            assigned: vec![!0; words],
        }
    }
    fn get(&self, id: LocalId) -> bool {
        let i = id.0 as usize;
        self.assigned
            .get(i / 64)
            .is_none_or(|w| w & (1 << (i % 64)) != 0)
    }
    fn set(&mut self, id: LocalId) {
        let i = id.0 as usize;
        if let Some(w) = self.assigned.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    /// The state where two paths meet.
    fn join(&mut self, other: &State) {
        if !other.reachable {
            return;
        }
        if !self.reachable {
            *self = other.clone();
            return;
        }
        for (a, b) in self.assigned.iter_mut().zip(&other.assigned) {
            *a &= b;
        }
    }
}

struct LoopFlow {
    breaks: State,
    continues: State,
    /// A `switch`: `break` leaves it, `continue` goes past it to the loop around it.
    is_switch: bool,
}

struct Flow<'m> {
    method: &'m Method,
    words: usize,
    loops: Vec<LoopFlow>,
    /// What the `goto`s to each label know (joined over every pass).
    labels: Vec<State>,
    /// What the `goto case`s to each section of each `switch` know, by the switch's sections.
    sections: std::collections::HashMap<usize, Vec<State>>,
    /// The enclosing `switch` statements, innermost last (keys of `sections`).
    switches: Vec<usize>,
    /// A label's or a section's state changed in this pass: another one is needed.
    changed: bool,
    /// Inside an unreachable region that was already reported.
    reported: bool,
    diags: Vec<Diagnostic>,
    /// What each enclosing `finally` block assigns, innermost last.
    finally_assigned: Vec<State>,
    /// The state bit of each field of each struct local (`fields.rs`).
    fields: fields::FieldBits,
    /// Inside a lambda's body: its `return`s leave the lambda, not the method.
    in_lambda: u32,
    /// The enclosing function's variables each local function reads (through the local
    /// functions it calls too): a call must find them assigned (local_fns.rs).
    local_fn_reads: std::collections::HashMap<LocalId, Vec<LocalId>>,
}

/// `display` names the method in messages (`Program.F(int)`).
pub fn check_method(
    method: &Method,
    body: &Block,
    display: &str,
    struct_fields: &StructFields,
) -> Vec<Diagnostic> {
    let fields = fields::FieldBits::new(method, struct_fields);
    let words = fields.bits.div_ceil(64).max(1);
    let mut f = Flow {
        fields,
        method,
        words,
        loops: Vec::new(),
        labels: Vec::new(),
        sections: Default::default(),
        switches: Vec::new(),
        changed: false,
        reported: false,
        diags: Vec::new(),
        finally_assigned: Vec::new(),
        in_lambda: 0,
        local_fn_reads: local_fns::reads(method, body),
    };
    let mut st;
    // Bounded in case a pathological body converges slowly: each pass is linear.
    let mut passes = 0;
    loop {
        st = State {
            reachable: true,
            assigned: vec![0; words],
        };
        for (i, l) in method.locals.iter().enumerate() {
            // A local function holds its function from its block's start.
            if (l.kind == LocalKind::Param && l.by_ref != Some(RefKind::Out))
                || l.kind == LocalKind::LocalFunction
            {
                st.set(LocalId(i as u32));
            }
        }
        f.changed = false;
        f.reported = false;
        f.diags.clear();
        f.block(body, &mut st);
        passes += 1;
        if !f.changed || passes >= 64 {
            break;
        }
    }
    let needs_value = match &method.async_kind {
        AsyncKind::NotAsync => {
            !matches!(method.return_type, Ty::Void | Ty::Error) && method.iterator.is_none()
        }
        AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => !t.is_error(),
        _ => false,
    };
    if st.reachable {
        let end = Span::new(
            body.span.end.saturating_sub(1) as usize,
            body.span.end as usize,
        );
        f.outs_assigned(&st, end);
    }
    if st.reachable && needs_value {
        let name = display;
        f.diags.push(
            Diagnostic::error(
                "CS0161",
                format!("'{name}': not all code paths return a value"),
                method.name_span,
            )
            .with_primary("some path through this method ends without `return`")
            .with_label(
                Span::new(
                    body.span.end.saturating_sub(1) as usize,
                    body.span.end as usize,
                ),
                "control can reach the end here",
            )
            .with_hint("add a `return` (or `throw`) at the end of the method"),
        );
    }
    f.diags
}

impl Flow<'_> {
    fn block(&mut self, b: &Block, st: &mut State) {
        for s in &b.stmts {
            self.stmt(s, st);
        }
    }

    fn note_unreachable(&mut self, s: &Stmt, st: &State) {
        if st.reachable {
            self.reported = false;
            return;
        }
        if self.reported {
            return;
        }
        // C# reports the first unreachable statement that does something; blocks are looked
        // into, empty statements and declarations without initializer do nothing.
        let reportable = match &s.kind {
            StmtKind::Block(_) | StmtKind::Empty | StmtKind::Label(_) => false,
            StmtKind::Local { init, .. } => init.is_some(),
            _ => true,
        };
        if reportable {
            self.reported = true;
            self.diags.push(
                Diagnostic::warning("CS0162", "Unreachable code detected", s.span)
                    .with_primary("this can never run")
                    .with_hint("remove it, or fix the condition or jump that skips it"),
            );
        }
    }

    /// Joins `from` into an accumulated jump target's state, noting a change.
    fn join_into(target: &mut State, from: &State, changed: &mut bool) {
        let before = target.clone();
        target.join(from);
        if *target != before {
            *changed = true;
        }
    }

    fn stmt(&mut self, s: &Stmt, st: &mut State) {
        if let StmtKind::Label(l) = &s.kind {
            // Reachable from its `goto`s, the labeled statement is not unreachable code.
            if let Some(from) = self.labels.get(l.0 as usize) {
                st.join(&from.clone());
            }
        }
        self.note_unreachable(s, st);
        match &s.kind {
            StmtKind::Block(b) => self.block(b, st),
            StmtKind::Local { local, init } => {
                if let Some(e) = init {
                    self.expr(e, st);
                    st.set(*local);
                }
            }
            StmtKind::Expr(e) => self.expr(e, st),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let (mut t, mut f) = self.cond(cond, st.clone());
                self.stmt(then, &mut t);
                if let Some(o) = otherwise {
                    self.stmt(o, &mut f);
                }
                t.join(&f);
                *st = t;
            }
            StmtKind::While { cond, body } => {
                let (mut t, f) = self.cond(cond, st.clone());
                let lf = self.looped(body, &mut t);
                let mut after = f;
                after.join(&lf.breaks);
                *st = after;
            }
            StmtKind::DoWhile { body, cond } => {
                let mut b = st.clone();
                let lf = self.looped(body, &mut b);
                b.join(&lf.continues);
                let (_, f) = self.cond(cond, b);
                let mut after = f;
                after.join(&lf.breaks);
                *st = after;
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                for i in init {
                    self.stmt(i, st);
                }
                let (mut t, f) = match cond {
                    Some(c) => self.cond(c, st.clone()),
                    None => (st.clone(), State::unreachable(self.words)),
                };
                let lf = self.looped(body, &mut t);
                t.join(&lf.continues);
                for u in update {
                    self.expr(u, &mut t);
                }
                let mut after = f;
                after.join(&lf.breaks);
                *st = after;
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                self.expr(collection, st);
                let mut b = st.clone();
                b.set(*local);
                let lf = self.looped(body, &mut b);
                st.join(&lf.breaks);
            }
            StmtKind::Break => {
                if let Some(l) = self.loops.last_mut() {
                    l.breaks.join(st);
                }
                *st = State::unreachable(self.words);
            }
            StmtKind::Continue => {
                if let Some(l) = self.loops.iter_mut().rev().find(|l| !l.is_switch) {
                    l.continues.join(st);
                }
                *st = State::unreachable(self.words);
            }
            StmtKind::Label(_) => {}
            StmtKind::Goto(l) => {
                let i = l.0 as usize;
                if self.labels.len() <= i {
                    self.labels.resize(i + 1, State::unreachable(self.words));
                }
                Self::join_into(&mut self.labels[i], st, &mut self.changed);
                *st = State::unreachable(self.words);
            }
            StmtKind::GotoSection(n) => {
                let key = self.switches.last().copied();
                if let Some(target) = key
                    .and_then(|k| self.sections.get_mut(&k))
                    .and_then(|v| v.get_mut(*n as usize))
                {
                    Self::join_into(target, st, &mut self.changed);
                }
                *st = State::unreachable(self.words);
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e, st);
                }
                self.outs_assigned(st, s.span);
                *st = State::unreachable(self.words);
            }
            StmtKind::Throw(e) | StmtKind::YieldReturn(e) => {
                self.expr(e, st);
                if matches!(s.kind, StmtKind::Throw(_)) {
                    *st = State::unreachable(self.words);
                }
            }
            StmtKind::Rethrow | StmtKind::YieldBreak => *st = State::unreachable(self.words),
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                let before = st.clone();
                // The finally block first: a `return` in the try block or a catch leaves
                // through it, so what it assigns counts there (CS0177).
                let fs = finally.as_ref().map(|f| {
                    let mut fs = before.clone();
                    self.block(f, &mut fs);
                    fs
                });
                if let Some(fs) = &fs {
                    self.finally_assigned.push(fs.clone());
                }
                let mut end = st.clone();
                self.block(body, &mut end);
                for c in catches {
                    let mut cs = before.clone();
                    if let Some(l) = c.local {
                        cs.set(l);
                    }
                    // The block runs when the filter is true: what it assigns then (its
                    // pattern variables) is assigned there.
                    if let Some(f) = &c.filter {
                        cs = self.cond(f, cs).0;
                    }
                    self.block(&c.body, &mut cs);
                    end.join(&cs);
                }
                if fs.is_some() {
                    self.finally_assigned.pop();
                }
                if let Some(fs) = fs {
                    if !fs.reachable {
                        end = State::unreachable(self.words);
                    } else if end.reachable {
                        for (a, b) in end.assigned.iter_mut().zip(&fs.assigned) {
                            *a |= b;
                        }
                    }
                }
                *st = end;
            }
            StmtKind::Switch { subject, sections } => self.switch(subject, sections, st),
            StmtKind::Using { resource, body } => {
                for r in resource {
                    self.stmt(r, st);
                }
                self.stmt(body, st);
            }
            StmtKind::Empty => {}
        }
    }

    /// Runs a loop body; returns the states at its `break`s and `continue`s.
    fn looped(&mut self, body: &Stmt, st: &mut State) -> LoopFlow {
        self.loops.push(LoopFlow {
            breaks: State::unreachable(self.words),
            continues: State::unreachable(self.words),
            is_switch: false,
        });
        self.stmt(body, st);
        self.loops.pop().unwrap_or(LoopFlow {
            breaks: State::unreachable(self.words),
            continues: State::unreachable(self.words),
            is_switch: false,
        })
    }

    /// The states after `e` when it is true and when it is false.
    fn cond(&mut self, e: &Expr, mut st: State) -> (State, State) {
        match &e.kind {
            ExprKind::Const(ConstValue::Bool(true)) => (st, State::unreachable(self.words)),
            ExprKind::Const(ConstValue::Bool(false)) => (State::unreachable(self.words), st),
            ExprKind::Unary {
                op: UnOp::Not,
                operand,
            } => {
                let (t, f) = self.cond(operand, st);
                (f, t)
            }
            ExprKind::Binary {
                op: BinOp::And,
                lhs,
                rhs,
                ..
            } => {
                let (lt, lf) = self.cond(lhs, st);
                let (rt, mut rf) = self.cond(rhs, lt);
                rf.join(&lf);
                (rt, rf)
            }
            ExprKind::Binary {
                op: BinOp::Or,
                lhs,
                rhs,
                ..
            } => {
                let (lt, lf) = self.cond(lhs, st);
                let (mut rt, rf) = self.cond(rhs, lf);
                rt.join(&lt);
                (rt, rf)
            }
            // `o is T x`: `x` is assigned only where the test is true.
            ExprKind::TypeTest {
                expr,
                local: Some(l),
                ..
            } => {
                self.expr(expr, &mut st);
                let mut t = st.clone();
                t.set(*l);
                (t, st)
            }
            _ => {
                self.expr(e, &mut st);
                (st.clone(), st)
            }
        }
    }

    /// C#'s CS0177: every `out` parameter is assigned where control leaves the method.
    fn outs_assigned(&mut self, st: &State, span: Span) {
        if !st.reachable || self.in_lambda > 0 {
            return;
        }
        for (i, l) in self.method.locals.iter().enumerate() {
            let id = LocalId(i as u32);
            if l.kind == LocalKind::Param
                && l.by_ref == Some(RefKind::Out)
                && !self.assigned(id, st)
                && !self
                    .finally_assigned
                    .iter()
                    .any(|f| f.reachable && self.assigned(id, f))
            {
                self.diags.push(
                    Diagnostic::error(
                        "CS0177",
                        format!("The out parameter '{}' must be assigned to before control leaves the current method", l.name),
                        span,
                    )
                    .with_hint(format!("assign `{}` on every path before this point", l.name)),
                );
            }
        }
    }

    fn read(&mut self, id: LocalId, span: Span, st: &mut State) {
        if st.reachable && !self.assigned(id, st) {
            let local = self.method.locals.get(id.0 as usize);
            let name = local.map_or("?", |l| l.name.as_str());
            if local.is_some_and(|l| l.kind == LocalKind::Param) {
                self.diags.push(
                    Diagnostic::error(
                        "CS0269",
                        format!("Use of unassigned out parameter '{name}'"),
                        span,
                    )
                    .with_hint(format!("assign `{name}` before reading it")),
                );
                st.set(id);
                return;
            }
            self.diags.push(
                Diagnostic::error(
                    "CS0165",
                    format!("Use of unassigned local variable '{name}'"),
                    span,
                )
                .with_hint(format!(
                    "assign `{name}` on every path before this use, e.g. at its declaration"
                )),
            );
            // Report each variable once per path, as C# does after the first error.
            st.set(id);
        }
    }

    /// The locals a call's `out` arguments assign.
    fn outs_written(args: &[Expr], st: &mut State) {
        for a in args {
            if let ExprKind::RefArg {
                kind: RefKind::Out,
                target,
            } = &a.kind
            {
                if let ExprKind::Local(id) = target.kind {
                    st.set(id);
                }
            }
        }
    }

    fn place(&mut self, p: &Place, st: &mut State, reads: bool, span: Span) {
        match p {
            Place::Local(id) => {
                if reads {
                    self.read(*id, span, st);
                }
            }
            Place::StaticField(_) | Place::This => {}
            Place::ArrayElement { array, index }
            | Place::Indexer {
                target: array,
                index,
                ..
            } => {
                self.expr(array, st);
                self.expr(index, st);
            }
            Place::InstanceField { receiver, field } => {
                self.field_place(receiver, *field, st, reads, span)
            }
            Place::Property { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r, st);
                }
                for a in args {
                    self.expr(a, st);
                }
            }
        }
    }

    fn assign_place(&self, p: &Place, st: &mut State) {
        match p {
            Place::Local(id) => st.set(*id),
            Place::InstanceField { receiver, field } => self.assign_field(receiver, *field, st),
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr, st: &mut State) {
        match &e.kind {
            ExprKind::Const(_)
            | ExprKind::StaticField(_)
            | ExprKind::This
            | ExprKind::Base
            | ExprKind::Error => {}
            ExprKind::Local(id) => {
                self.read(*id, e.span, st);
                if let Some(reads) = self.local_fn_reads.get(id).cloned() {
                    for v in reads {
                        self.read(v, e.span, st);
                    }
                }
            }
            // The pattern's variable is taken as assigned whatever the test gives (C# knows it
            // only where the test is true; a read where it is false is not caught here).
            // C#: an out argument is definitely assigned after the call.
            ExprKind::OutCall { call, out } => {
                self.expr(call, st);
                if let Some(l) = out {
                    st.set(*l);
                }
            }
            ExprKind::TypeTest { expr, local, .. } => {
                self.expr(expr, st);
                if let Some(l) = local {
                    st.set(*l);
                }
            }
            ExprKind::Property { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r, st);
                }
            }
            ExprKind::Call { receiver, args, .. } => {
                if let Some(r) = receiver {
                    self.expr(r, st);
                }
                for a in args {
                    self.expr(a, st);
                }
                Self::outs_written(args, st);
            }
            ExprKind::RefArg { kind, target } => match (&target.kind, kind) {
                // C#: an `out` argument is definitely assigned after the call, not before.
                (ExprKind::Local(_), RefKind::Out) => {}
                (ExprKind::InstanceField { receiver, .. }, RefKind::Out) => self.expr(receiver, st),
                _ => self.expr(target, st),
            },
            ExprKind::New {
                args, initializer, ..
            } => {
                for a in args.iter().chain(initializer) {
                    self.expr(a, st);
                }
            }
            ExprKind::NewArray { size, .. } => self.expr(size, st),
            ExprKind::ArrayInit { items, .. } | ExprKind::Concat(items) => {
                for i in items {
                    self.expr(i, st);
                }
            }
            ExprKind::ArrayElement { array, index }
            | ExprKind::Indexer {
                target: array,
                index,
                ..
            } => {
                self.expr(array, st);
                self.expr(index, st);
            }
            ExprKind::Unary { operand, .. } => self.expr(operand, st),
            ExprKind::Binary {
                op: BinOp::And | BinOp::Or,
                ..
            } => {
                let (mut t, f) = self.cond(e, st.clone());
                t.join(&f);
                *st = t;
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs, st);
                self.expr(rhs, st);
            }
            ExprKind::ToStr(x)
            | ExprKind::Convert { expr: x, .. }
            | ExprKind::Discard(x)
            | ExprKind::Await { expr: x, .. } => self.expr(x, st),
            ExprKind::Assign { target, value } => {
                self.place(target, st, false, e.span);
                self.expr(value, st);
                self.assign_place(target, st);
            }
            ExprKind::CompoundAssign { target, value, .. } => {
                self.place(target, st, true, e.span);
                self.expr(value, st);
            }
            ExprKind::IncDec { target, .. } => self.place(target, st, true, e.span),
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                let (mut t, mut f) = self.cond(cond, st.clone());
                self.expr(then, &mut t);
                self.expr(otherwise, &mut f);
                t.join(&f);
                *st = t;
            }
            ExprKind::InstanceField { receiver, field } => {
                self.read_field(receiver, *field, e.span, st)
            }
            ExprKind::NewObject { args, init, .. } => {
                for a in args {
                    self.expr(a, st);
                }
                Self::outs_written(args, st);
                for i in init {
                    self.expr(&i.value, st);
                }
            }
            ExprKind::InvokeDelegate { args, .. } => {
                if let ExprKind::InvokeDelegate { target, .. } = &e.kind {
                    self.expr(target, st);
                }
                for a in args {
                    self.expr(a, st);
                }
            }
            ExprKind::Lambda(l) => self.lambda(l, &e.ty, e.span, st),
            ExprKind::UnboundLambda(_) => {}
            ExprKind::MethodGroup { receiver, .. } => {
                if let Some(r) = receiver {
                    self.expr(r, st);
                }
            }
        }
    }
}

impl Flow<'_> {
    /// A lambda's body starts from the state where the lambda is (C# 12.19: the variables
    /// assigned there are assigned in the body) and changes nothing after it, since the body
    /// runs later, any number of times.
    fn lambda(&mut self, l: &crate::hir::Lambda, ty: &Ty, span: Span, st: &State) {
        let mut inner = st.clone();
        for p in &l.params {
            inner.set(*p);
        }
        // A local function's body may read what is assigned by the time it is called: its
        // calls are checked instead (`local_fn_reads`).
        if l.local_name.is_some() {
            for v in 0..l.first_local.min(self.method.locals.len() as u32) {
                inner.set(LocalId(v));
            }
        }
        let loops = std::mem::take(&mut self.loops);
        let finally_assigned = std::mem::take(&mut self.finally_assigned);
        let switches = std::mem::take(&mut self.switches);
        self.in_lambda += 1;
        self.block(&l.body, &mut inner);
        self.in_lambda -= 1;
        self.loops = loops;
        self.finally_assigned = finally_assigned;
        self.switches = switches;
        let needs_value = match &l.async_kind {
            AsyncKind::NotAsync => {
                !matches!(l.return_type, Ty::Void | Ty::Error)
                    && !crate::check_iterator::hir_has_yield(&l.body)
            }
            AsyncKind::TaskOf(t) | AsyncKind::ValueTaskOf(t) => !t.is_error(),
            _ => false,
        };
        if let (true, true, Some((sig, at))) = (inner.reachable, needs_value, &l.local_sig) {
            // A local function is a method to C#: CS0161, at its name.
            self.diags.push(
                Diagnostic::error(
                    "CS0161",
                    format!("'{sig}': not all code paths return a value"),
                    *at,
                )
                .with_primary("some path through this local function ends without `return`")
                .with_hint("add a `return` (or `throw`) at the end of the local function"),
            );
        } else if inner.reachable && needs_value {
            self.diags.push(
                Diagnostic::error(
                    "CS1643",
                    format!(
                        "Not all code paths return a value in lambda expression of type '{ty}'"
                    ),
                    span,
                )
                .with_primary("some path through this lambda ends without `return`")
                .with_hint("add a `return` (or `throw`) at the end of the lambda"),
            );
        }
    }
}
