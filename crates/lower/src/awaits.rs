//! `await`: `GetAwaiter; IsCompleted ? fast : suspend`, the suspend and resume blocks left for
//! `frame.rs`, and the calls awaited directly (whose result may come back inline).

use crate::builder::{Builder, PendingAwait};
use crate::support::{awaiter_kind, constant};
use unawait_sema::hir::{self, Callee as HCallee, ExprKind};
use unawait_sema::types::Ty;
use unawait_smir::{self as smir, Callee, Inst, MachTy, Operand, Terminator};

impl<'p> Builder<'p> {
    /// `GetAwaiter; IsCompleted ? fast : suspend`, with the suspend and resume blocks left for
    /// `frame.rs` to fill once it knows what is live across this await.
    pub(crate) fn await_expr(
        &mut self,
        awaited: &'p hir::Expr,
        info: &'p hir::AwaitInfo,
        result: &Ty,
        span: unawait_syntax::Span,
        hir: u32,
    ) -> Option<Operand> {
        if let Some(c) = &info.custom {
            return self.custom_await(awaited, c, info, span, hir);
        }
        let mut elided = Vec::new();
        let task = match self.direct_call(awaited, info.awaiter, &mut elided) {
            Some(call) => call?,
            None => self.expr(awaited)?,
        };
        let kind = awaiter_kind(info.awaiter);
        let awaiter_ty = info.awaiter_ty.to_string();
        let awaiter = self.temp_named(MachTy::Awaiter(kind), awaiter_ty.clone());
        self.emit(Inst::GetAwaiter {
            dst: awaiter,
            awaitable: task,
            kind,
            hir,
        });
        let done = self.temp(MachTy::Bool);
        self.emit(Inst::IsCompleted { dst: done, awaiter });
        let (suspend, resume, fast) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(Operand::Value(done), fast, suspend);
        self.f.blocks[suspend.0 as usize].term = Terminator::Suspend;
        self.f.blocks[resume.0 as usize].term = Terminator::Goto(fast);
        self.awaits.push(PendingAwait {
            state: self.awaits.len() as i32,
            hir,
            span,
            kind,
            awaiter_ty,
            awaiter,
            suspend,
            resume,
            elided,
            custom: false,
            stream_yield: false,
        });
        self.switch_to(fast);
        let dst = self.temp_for(result);
        self.emit(Inst::GetResult { dst, awaiter, span });
        dst.map(Operand::Value)
    }

    /// `await` of a custom awaiter, calling what C# calls in its order: `GetAwaiter()` (the
    /// awaited expression), `IsCompleted`; if false the state and live values go to the frame
    /// (`frame.rs`) and `UnsafeOnCompleted`/`OnCompleted` gets the continuation; after the
    /// resumption, or at once, `GetResult()`.
    fn custom_await(
        &mut self,
        awaited: &'p hir::Expr,
        c: &'p hir::CustomAwait,
        info: &hir::AwaitInfo,
        span: unawait_syntax::Span,
        hir: u32,
    ) -> Option<Operand> {
        let got = self.expr(awaited)?;
        let ty = crate::mach_ty(&info.awaiter_ty)?;
        let awaiter_ty = info.awaiter_ty.to_string();
        // The awaiter in a value of its own: the frame carries it across the suspension.
        let awaiter = self.synthetic(smir::Synthetic::Awaiter, ty, &awaiter_ty);
        self.emit(Inst::Copy {
            dst: awaiter,
            src: got,
        });
        let outer = self.custom_awaiter.replace((Operand::Value(awaiter), None));
        let done = self.expr(&c.is_completed);
        let Some(done) = done else {
            self.custom_awaiter = outer;
            return None;
        };
        let (suspend, resume, fast) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(done, fast, suspend);
        // An exception escaping `OnCompleted` does not reach the method's handlers: the
        // builder catches it and rethrows it on the pool (.NET's `Task.ThrowAsync`), which
        // ends the process; the method stays suspended.
        let threw = self.new_block();
        self.f.blocks[suspend.0 as usize].unwind = Some(threw);
        self.handlers.push(threw);
        self.regions.push(crate::builder::Region::Barrier);
        self.switch_to(suspend);
        let k = self.temp_named(MachTy::Ref, "Action".into());
        self.emit(Inst::AwaitContinuation { dst: k });
        // C# stores a copy of a struct awaiter in the frame and calls `OnCompleted` on its
        // local: what the call changes in the awaiter is not what `GetResult` sees.
        let on = match crate::structs::struct_class(&info.awaiter_ty) {
            Some(class) => self.copy_struct(Operand::Value(awaiter), class),
            None => Operand::Value(awaiter),
        };
        self.custom_awaiter = Some((on, Some(Operand::Value(k))));
        self.expr(&c.on_completed);
        self.regions.pop();
        self.handlers.pop();
        self.terminate(Terminator::Suspend);
        self.switch_to(threw);
        let e = self.temp_named(MachTy::Ref, "Exception".into());
        self.emit(Inst::Caught { dst: e });
        self.emit(Inst::Call {
            dst: None,
            callee: Callee::Runtime("rt.awaiter_threw"),
            args: vec![Operand::Value(e)],
            span,
        });
        self.terminate(Terminator::Suspend);
        self.f.blocks[resume.0 as usize].term = Terminator::Goto(fast);
        self.awaits.push(PendingAwait {
            state: self.awaits.len() as i32,
            hir,
            span,
            kind: smir::AwaiterKind::Custom,
            awaiter_ty,
            awaiter,
            suspend,
            resume,
            elided: Vec::new(),
            custom: true,
            stream_yield: false,
        });
        self.switch_to(fast);
        self.custom_awaiter = Some((Operand::Value(awaiter), None));
        let v = self.expr(&c.get_result);
        self.custom_awaiter = outer;
        v
    }

    /// What a placeholder of a custom awaiter's member stands for (`hir::CustomAwait`): the
    /// awaiter, or the continuation (the placeholder of type `Action`).
    pub(crate) fn placeholder(&self, e: &hir::Expr) -> Option<Operand> {
        let (awaiter, k) = self.custom_awaiter.as_ref()?;
        if !matches!(e.kind, ExprKind::Error) {
            return None;
        }
        match &e.ty {
            Ty::Lib(unawait_sema::types::Lib::Action, _) => k.clone(),
            _ => Some(awaiter.clone()),
        }
    }

    /// `await M(..)` of an async method of the program returning a task or a `ValueTask`: the
    /// task is a temporary only this await reads, so the call may return a synchronous result
    /// inline, and the awaiter that reads a box's result may return the box to its method's
    /// pool (docs/runtime.md). A `return await` wrapper is skipped (`elide.rs`): its frames go
    /// to `elided`. `None` when the awaited expression is anything else.
    fn direct_call(
        &mut self,
        awaited: &'p hir::Expr,
        awaiter: hir::AwaiterKind,
        elided: &mut Vec<smir::Elided>,
    ) -> Option<Option<Operand>> {
        if self.model == smir::Model::DotNet {
            return None;
        }
        let ExprKind::Call {
            callee: HCallee::User(id),
            receiver: None,
            args,
            type_args,
        } = &awaited.kind
        else {
            return None;
        };
        let m = self.program.method(*id);
        if !matches!(
            m.async_kind,
            hir::AsyncKind::Task
                | hir::AsyncKind::TaskOf(_)
                | hir::AsyncKind::ValueTask
                | hir::AsyncKind::ValueTaskOf(_)
        ) {
            return None;
        }
        let forward = crate::elide::plain(awaiter)
            .then(|| crate::elide::forward(self.program, &self.cctors, *id))
            .flatten();
        let target = forward.as_ref().map_or(*id, |f| f.target);
        let mut callee = self.callee(HCallee::User(target), type_args);
        if let Callee::User {
            awaited_directly, ..
        } = &mut callee
        {
            *awaited_directly = true;
        }
        let outer = std::mem::replace(&mut self.span, awaited.span);
        let all: Vec<&hir::Expr> = args.iter().collect();
        // A static method first using its class runs the static constructor (after the
        // arguments, before the call), as `expr.rs` does for calls not awaited directly.
        let mut first_uses: Vec<hir::ClassId> = [Some(*id), forward.as_ref().map(|f| f.target)]
            .into_iter()
            .flatten()
            .map(|m| self.program.method(m))
            .filter(|m| m.is_static)
            .map(|m| m.class)
            .collect();
        first_uses.dedup();
        let v = match forward {
            None => self.operands(&all).and_then(|ops| {
                first_uses.iter().for_each(|&c| {
                    self.init_precisely(c);
                });
                self.call_with(callee, ops, &awaited.ty)
            }),
            Some(f) => {
                // Every argument of the wrapper is evaluated, in order, as its call would.
                let given = self.operands(&all);
                let args = given.and_then(|given| {
                    f.args
                        .iter()
                        .map(|a| match a {
                            crate::elide::ArgSource::Param(i) => given.get(*i).cloned(),
                            crate::elide::ArgSource::Const(c) => Some(Operand::Const(constant(c))),
                        })
                        .collect::<Option<Vec<_>>>()
                });
                elided.extend(f.via.iter().map(|&(m, span)| smir::Elided {
                    name: self.qualified_name(m),
                    span,
                    method: m.0,
                }));
                args.and_then(|args| {
                    first_uses.iter().for_each(|&c| {
                        self.init_precisely(c);
                    });
                    self.call_with(callee, args, &awaited.ty)
                })
            }
        };
        self.span = outer;
        Some(v)
    }
}
