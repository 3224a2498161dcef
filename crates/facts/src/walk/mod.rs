//! One walk over a method's typed tree, in evaluation order, recording what the analyses ask
//! about: every await (with the operands C#'s compiler would spill across it), every read and
//! write of a local with its structural position (which branch, which loops), loops, returns and
//! throws. Positions answer "can this read run after that await?" without a dataflow analysis:
//! the lowering already decided what is live; these facts only say where, in the source.

pub use crate::tree::*;
use unawait_sema::hir::{
    AwaitInfo, Block, Expr, ExprKind, LabelId, LocalId, Method, Stmt, StmtKind,
};
use unawait_sema::types::{Lib, Ty};
use unawait_syntax::Span;

use crate::library::{behavior, is_value_task};

mod expr;

/// One step of a position: which arm of a branching node. Two positions that part at the same
/// node in two exclusive arms (`then`/`else`, two `catch` clauses) never both run in one pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arm {
    pub node: u32,
    pub arm: u32,
    pub exclusive: bool,
}

/// A position, shared by every fact recorded at it (cloning is a reference count).
#[derive(Clone, Debug, Default)]
pub struct Pos(std::rc::Rc<PosData>);

#[derive(Clone, Debug, Default)]
pub struct PosData {
    pub path: Vec<Arm>,
    /// Indices into `MethodWalk::loops`, outermost first.
    pub loops: Vec<usize>,
}

impl std::ops::Deref for Pos {
    type Target = PosData;
    fn deref(&self) -> &PosData {
        &self.0
    }
}

impl Pos {
    pub fn exclusive_with(&self, other: &Pos) -> bool {
        for (a, b) in self.path.iter().zip(&other.path) {
            if a.node != b.node {
                return false;
            }
            if a.arm != b.arm {
                return a.exclusive && b.exclusive;
            }
        }
        false
    }

    pub fn innermost_loop(&self) -> Option<usize> {
        self.loops.last().copied()
    }
}

/// How a read of a local uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    Plain,
    /// `a.Length` of an array.
    Length,
    /// `list.Count`.
    Count,
    /// `a[k]` with a constant `k`.
    ConstIndex,
    /// A `ValueTask` consumed: awaited, `.Result`, `.AsTask()`, `GetAwaiter()`.
    Consume,
}

#[derive(Clone, Debug)]
pub struct ReadFact {
    pub local: LocalId,
    /// The statement (or `for` update) whose evaluation reads it.
    pub stmt: Span,
    /// The local itself.
    pub span: Span,
    /// The whole use: `a.Length`, `await v`.
    pub use_span: Span,
    pub how: Use,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct WriteFact {
    pub local: LocalId,
    pub pos: Pos,
}

pub struct AwaitFact<'p> {
    /// The statement (or `for` update) whose evaluation contains it.
    pub stmt: Span,
    pub expr: &'p Expr,
    pub operand: &'p Expr,
    pub info: &'p AwaitInfo,
    pub pos: Pos,
    /// The operand contains an await itself (`await (await x)`, Pattern 2).
    pub nested: bool,
    /// Operands computed before this await and used after it in the same expression, by type:
    /// what C#'s compiler spills into fields.
    pub spills: Vec<Ty>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopKind {
    While,
    DoWhile,
    For,
    Foreach,
    /// A cycle of `goto`s: from a label that a later `goto` jumps back to, to the end of the
    /// label's statement list (the `LoopFact`'s statement is the label); or a `switch` whose
    /// sections `goto case` one another (the switch).
    Goto,
}

pub struct LoopFact<'p> {
    pub stmt: &'p Stmt,
    pub kind: LoopKind,
}

pub struct ReturnFact<'p> {
    pub value: Option<&'p Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jump {
    /// Out of the innermost loop, or of a `switch` inside it.
    Break,
    Continue,
    Return,
    Throw,
    /// `goto`, `goto case`, `goto default`: may leave any loop it is in.
    Goto,
}

/// A call, property, `new` or array creation: where allocations and library uses are.
pub struct CallFact<'p> {
    pub expr: &'p Expr,
    pub pos: Pos,
}

#[derive(Default)]
pub struct MethodWalk<'p> {
    pub awaits: Vec<AwaitFact<'p>>,
    pub reads: Vec<ReadFact>,
    pub writes: Vec<WriteFact>,
    pub loops: Vec<LoopFact<'p>>,
    pub returns: Vec<ReturnFact<'p>>,
    pub jumps: Vec<(Jump, Span, Pos)>,
    pub calls: Vec<CallFact<'p>>,
    /// Where a `ValueTask` is put somewhere it can be consumed more than once: a static field,
    /// a list or an array of them.
    pub value_task_stores: Vec<Span>,
}

impl<'p> MethodWalk<'p> {
    pub fn of(method: &'p Method) -> MethodWalk<'p> {
        let mut w = Walker {
            facts: MethodWalk::default(),
            path: Vec::new(),
            loops: Vec::new(),
            next_node: 0,
            pending: Vec::new(),
            stmt_span: Span::default(),
            cur: None,
            method,
            back_labels: method
                .body
                .as_ref()
                .map(|b| back_labels(&b.stmts))
                .unwrap_or_default(),
        };
        if let Some(body) = &method.body {
            w.block(body);
        }
        w.facts
    }

    /// Reads of `local` that can run after the await `a` (before the method returns): textually
    /// after it and not in an exclusive branch, and, when the await is in a loop, every read in
    /// that loop (the next iteration). An over-approximation: writes in between are ignored.
    pub fn reads_after(&self, a: &AwaitFact<'_>, local: LocalId) -> Vec<&ReadFact> {
        let end = a.expr.span.end;
        self.reads
            .iter()
            .filter(|r| r.local == local)
            .filter(|r| {
                (r.span.start >= end && !r.pos.exclusive_with(&a.pos))
                    || a.pos.loops.iter().any(|l| r.pos.loops.contains(l))
            })
            .collect()
    }

    pub fn loop_span(&self, l: usize) -> Span {
        self.loops[l].stmt.span
    }
}

struct Walker<'p> {
    facts: MethodWalk<'p>,
    path: Vec<Arm>,
    loops: Vec<usize>,
    next_node: u32,
    pending: Vec<Ty>,
    stmt_span: Span,
    /// The current position, built on first use after `path` or `loops` changed.
    cur: Option<Pos>,
    method: &'p Method,
    /// Labels a `goto` after them jumps back to.
    back_labels: std::collections::HashSet<LabelId>,
}

/// The labels that a `goto` later in the body (in evaluation order) jumps back to.
fn back_labels(stmts: &[Stmt]) -> std::collections::HashSet<LabelId> {
    let mut seen = std::collections::HashSet::new();
    let mut back = std::collections::HashSet::new();
    for s in stmts {
        visit_stmts(s, &mut |st| match &st.kind {
            StmtKind::Label(l) => {
                seen.insert(*l);
            }
            StmtKind::Goto(l) if seen.contains(l) => {
                back.insert(*l);
            }
            _ => {}
        });
    }
    back
}

impl<'p> Walker<'p> {
    fn pos(&mut self) -> Pos {
        if self.cur.is_none() {
            self.cur = Some(Pos(std::rc::Rc::new(PosData {
                path: self.path.clone(),
                loops: self.loops.clone(),
            })));
        }
        self.cur.clone().unwrap_or_default()
    }

    fn node(&mut self) -> u32 {
        self.next_node += 1;
        self.next_node
    }

    fn local_ty(&self, id: LocalId) -> Option<&'p Ty> {
        self.method.locals.get(id.0 as usize).map(|l| &l.ty)
    }

    fn read(&mut self, local: LocalId, span: Span, use_span: Span, how: Use) {
        let pos = self.pos();
        self.facts.reads.push(ReadFact {
            stmt: self.stmt_span,
            local,
            span,
            use_span,
            how,
            pos,
        });
    }

    fn write(&mut self, local: LocalId) {
        let pos = self.pos();
        self.facts.writes.push(WriteFact { local, pos });
    }

    fn block(&mut self, b: &'p Block) {
        self.stmts(&b.stmts);
    }

    /// A statement list: from a label that a later `goto` jumps back to, the rest of the list
    /// is a loop.
    fn stmts(&mut self, list: &'p [Stmt]) {
        for (i, s) in list.iter().enumerate() {
            if let StmtKind::Label(l) = &s.kind {
                if self.back_labels.contains(l) {
                    self.in_loop(s, LoopKind::Goto, |w| w.stmts(&list[i + 1..]));
                    return;
                }
            }
            self.stmt(s);
        }
    }

    fn in_arm(&mut self, node: u32, arm: u32, exclusive: bool, f: impl FnOnce(&mut Self)) {
        self.path.push(Arm {
            node,
            arm,
            exclusive,
        });
        self.cur = None;
        f(self);
        self.path.pop();
        self.cur = None;
    }

    fn in_loop(&mut self, s: &'p Stmt, kind: LoopKind, f: impl FnOnce(&mut Self)) {
        let id = self.facts.loops.len();
        self.facts.loops.push(LoopFact { stmt: s, kind });
        self.loops.push(id);
        self.cur = None;
        f(self);
        self.loops.pop();
        self.cur = None;
    }

    fn stmt(&mut self, s: &'p Stmt) {
        self.pending.clear();
        self.stmt_span = s.span;
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Local { local, init } => {
                if let Some(e) = init {
                    self.expr(e);
                    self.write(*local);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                let n = self.node();
                self.in_arm(n, 0, true, |w| w.stmt(then));
                if let Some(o) = otherwise {
                    self.in_arm(n, 1, true, |w| w.stmt(o));
                }
            }
            StmtKind::While { cond, body } => self.in_loop(s, LoopKind::While, |w| {
                w.expr(cond);
                w.stmt(body);
            }),
            StmtKind::DoWhile { body, cond } => self.in_loop(s, LoopKind::DoWhile, |w| {
                w.stmt(body);
                w.stmt_span = s.span;
                w.expr(cond);
            }),
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                for i in init {
                    self.stmt(i);
                }
                self.in_loop(s, LoopKind::For, |w| {
                    if let Some(c) = cond {
                        w.stmt_span = s.span;
                        w.expr(c);
                    }
                    w.stmt(body);
                    for u in update {
                        w.pending.clear();
                        w.stmt_span = u.span;
                        w.expr(u);
                    }
                });
            }
            StmtKind::Foreach {
                local,
                collection,
                body,
                ..
            } => {
                self.expr(collection);
                self.in_loop(s, LoopKind::Foreach, |w| {
                    w.write(*local);
                    w.stmt(body);
                });
            }
            StmtKind::Break => self.jump(Jump::Break, s.span),
            StmtKind::Continue => self.jump(Jump::Continue, s.span),
            StmtKind::Return(value) => {
                if let Some(e) = value {
                    self.expr(e);
                }
                self.facts.returns.push(ReturnFact {
                    value: value.as_ref(),
                });
                self.jump(Jump::Return, s.span);
            }
            StmtKind::Throw(e) => {
                self.expr(e);
                self.jump(Jump::Throw, s.span);
            }
            StmtKind::Rethrow => self.jump(Jump::Throw, s.span),
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                let n = self.node();
                self.in_arm(n, 0, false, |w| w.block(body));
                for (i, c) in catches.iter().enumerate() {
                    self.in_arm(n, 1 + i as u32, true, |w| {
                        if let Some(l) = c.local {
                            w.write(l);
                        }
                        // The filter runs before the clause's body (or instead of it).
                        if let Some(f) = &c.filter {
                            w.pending.clear();
                            w.stmt_span = f.span;
                            w.expr(f);
                        }
                        w.block(&c.body);
                    });
                }
                if let Some(f) = finally {
                    self.in_arm(n, u32::MAX, false, |w| w.block(f));
                }
            }
            StmtKind::Switch { subject, sections } => {
                self.expr(subject);
                let sections_of = |w: &mut Self| {
                    let n = w.node();
                    for (i, sec) in sections.iter().enumerate() {
                        w.in_arm(n, i as u32, true, |w| w.stmts(&sec.body));
                    }
                };
                // Sections that `goto case` one another can run in any order, again.
                let cycles = sections.iter().any(|sec| {
                    let mut found = false;
                    for x in &sec.body {
                        visit_stmts(x, &mut |st| {
                            found |= matches!(st.kind, StmtKind::GotoSection(_))
                        });
                    }
                    found
                });
                if cycles {
                    self.in_loop(s, LoopKind::Goto, sections_of);
                } else {
                    sections_of(self);
                }
            }
            StmtKind::Goto(_) | StmtKind::GotoSection(_) => self.jump(Jump::Goto, s.span),
            StmtKind::Label(_)
            | StmtKind::Using { .. }
            | StmtKind::YieldReturn(_)
            | StmtKind::YieldBreak
            | StmtKind::Empty => {}
        }
    }

    fn jump(&mut self, j: Jump, span: Span) {
        let pos = self.pos();
        self.facts.jumps.push((j, span, pos));
    }

    /// Evaluates `e` and keeps its value pending (as C#'s evaluation stack would) until `pop`.
    fn operand(&mut self, e: &'p Expr) -> usize {
        self.expr(e);
        if e.constant().is_none() {
            self.pending.push(e.ty.clone());
            1
        } else {
            0
        }
    }

    fn pop(&mut self, n: usize) {
        let keep = self.pending.len().saturating_sub(n);
        self.pending.truncate(keep);
    }

    fn call_fact(&mut self, e: &'p Expr) {
        let pos = self.pos();
        self.facts.calls.push(CallFact { expr: e, pos });
    }

    /// The receiver of a library member: a `ValueTask` local consumed by it, an array or list
    /// local summarised by it, or any expression.
    fn receiver(
        &mut self,
        r: &'p Expr,
        member: unawait_sema::hir::BuiltinId,
        whole: Span,
    ) -> usize {
        if let ExprKind::Local(id) = r.kind {
            let b = behavior(member);
            let how = if is_value_task(&r.ty) && b.consumes {
                Use::Consume
            } else if b.size && matches!(r.ty, Ty::Array(_)) {
                Use::Length
            } else if b.size && matches!(r.ty, Ty::Lib(Lib::List, _)) {
                Use::Count
            } else {
                Use::Plain
            };
            self.read(id, r.span, whole, how);
            self.pending.push(r.ty.clone());
            return 1;
        }
        self.operand(r)
    }
}
