//! Which awaits below a call of a method of the program can post their continuation back to the
//! context of the thread that made the call: what decides whether blocking that thread on the
//! call's task can deadlock under a single-threaded SynchronizationContext (tutorial section 9,
//! "blocking + captured context + single-threaded scheduler = deadlock risk").
//!
//! A method runs synchronously on the calling thread until it suspends; so does every method it
//! calls there. An await on that thread that does not use `ConfigureAwait(false)` captures the
//! thread's context, and when it suspends its continuation is posted back to it. From the
//! method's walk (awaits in evaluation order), the completion of each await and
//! `library::configure_await`: nothing is parsed again.

use std::collections::HashMap;

use unawait_sema::behavior::TaskBehavior;
use unawait_sema::hir::{Callee, ExprId, ExprKind, MethodId};
use unawait_syntax::Span;

use crate::library::{strip_wrappers, task_of};
use crate::reason::Completion;
use crate::Facts;

/// How many awaited calls deep the descent follows.
pub const DEPTH: usize = 8;

/// An await of a method of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AwaitAt {
    pub method: MethodId,
    pub expr: ExprId,
    pub span: Span,
    /// The await certainly suspends (it is not known to complete at once either way otherwise).
    pub suspends: bool,
}

/// The awaits below a call: the call's method and the methods it awaits, transitively.
#[derive(Clone, Debug, Default)]
pub struct Below {
    /// Nothing below posts a continuation to the caller's context: every await completes at
    /// once or uses `ConfigureAwait(false)`, each awaits a call of the program (itself below)
    /// or a timer, no method below blocks on a task, and the descent ended within `DEPTH`.
    pub never_captures: bool,
    /// How many awaits, in how many methods, the descent looked at.
    pub awaits: usize,
    pub methods: usize,
    /// The first await below, in evaluation order, that runs on the calling thread (no await
    /// with `ConfigureAwait(false)` that may suspend runs before it in its method or its
    /// callers), may suspend, and does not use `ConfigureAwait(false)`: it captures the calling
    /// thread's context.
    pub captures: Option<AwaitAt>,
    /// The first await below that uses `ConfigureAwait(false)`.
    pub configured: Option<AwaitAt>,
}

/// What the awaits below a call of `callee` (made on the thread that then blocks) do with
/// that thread's context.
pub fn below_call(facts: &Facts<'_>, callee: MethodId) -> Below {
    let mut d = Descent {
        facts,
        stack: Vec::new(),
        seen: HashMap::new(),
        out: Below::default(),
    };
    d.out.never_captures = d.method(callee, 0, true);
    d.out
}

struct Descent<'a, 'p> {
    facts: &'a Facts<'p>,
    stack: Vec<MethodId>,
    /// Methods looked at already (on the calling thread or not), and what they gave: looking
    /// again would find nothing earlier, and would make the descent exponential.
    seen: HashMap<(MethodId, bool), bool>,
    out: Below,
}

impl Descent<'_, '_> {
    /// Looks at the awaits of `m`, called on the calling thread when `on_caller` is true;
    /// returns whether nothing in it (or below it) posts a continuation to a context.
    fn method(&mut self, m: MethodId, depth: usize, on_caller: bool) -> bool {
        if let Some(safe) = self.seen.get(&(m, on_caller)) {
            return *safe;
        }
        let safe = self.look(m, depth, on_caller);
        self.seen.insert((m, on_caller), safe);
        safe
    }

    fn look(&mut self, m: MethodId, depth: usize, on_caller: bool) -> bool {
        let program = self.facts.program;
        let method = program.method(m);
        if !method.is_async
            || method.body.is_none()
            || depth >= DEPTH
            || self.stack.contains(&m)
            || m.0 as usize >= self.facts.walks.len()
        {
            return false;
        }
        self.stack.push(m);
        self.out.methods += 1;
        let mut safe = self.facts.flows[m.0 as usize]
            .blocking
            .iter()
            .all(|b| b.known.is_some());
        let mut on = on_caller;
        for aw in &self.facts.walks[m.0 as usize].awaits {
            self.out.awaits += 1;
            let completion = self.facts.completion(m, aw.expr.id);
            let sync = completion.is_none_or(Completion::is_sync);
            let op = strip_wrappers(aw.operand);
            // The awaited call runs first, on the thread this await is on.
            match &op.kind {
                ExprKind::Call {
                    callee: Callee::User(g),
                    ..
                } => safe &= self.method(*g, depth + 1, on),
                _ => {
                    safe &= sync
                        || matches!(
                            task_of(op),
                            Some((TaskBehavior::Timer { .. } | TaskBehavior::Completed, _))
                        )
                }
            }
            if sync {
                continue;
            }
            let at = AwaitAt {
                method: m,
                expr: aw.expr.id,
                span: aw.expr.span,
                suspends: matches!(completion, Some(Completion::Suspends(_))),
            };
            match self
                .facts
                .continuation(m, aw.expr.id)
                .and_then(|c| c.configure)
            {
                Some(Some(false)) => {
                    self.out.configured.get_or_insert(at);
                    // If it suspends, the rest of the method runs on a pool thread.
                    on = false;
                }
                // `ConfigureAwait(b)` with `b` known only at run time.
                Some(None) => {
                    safe = false;
                    on = false;
                }
                Some(Some(true)) | None => {
                    safe = false;
                    if on && self.out.captures.is_none() {
                        self.out.captures = Some(at);
                    }
                }
            }
        }
        self.stack.pop();
        safe
    }
}
