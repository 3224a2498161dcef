//! An async method's state machine as lowering decided it: the frame's slots and what each
//! holds, the await sites and what is known of them, the builder.

use crate::*;

/// One value a slot holds, and why: the await states it is live across (dumps turn them into
/// "live across the await at line 9").
#[derive(Clone, Debug, PartialEq)]
pub struct Held {
    pub value: ValueId,
    pub across: Vec<i32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub ty: MachTy,
    pub offset: u32,
    pub holds: Vec<Held>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    pub slots: Vec<Slot>,
    pub bytes: u32,
}

impl Slot {
    /// The C# type of the slot: that of its values when they share one.
    pub fn csharp_type<'f>(&self, f: &'f Function) -> &'f str {
        let mut tys = self.holds.iter().map(|h| f.value(h.value).cs_ty.as_str());
        match tys.next() {
            Some(first) if tys.all(|t| t == first) => first,
            _ => self.ty.csharp(),
        }
    }
}

impl Frame {
    /// Offsets of the slots the collector must trace.
    pub fn ref_map(&self) -> Vec<u32> {
        self.slots
            .iter()
            .filter(|s| s.ty.has_refs())
            .map(|s| s.offset)
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AwaitSite {
    pub state: i32,
    /// The HIR await expression (sema's `ExprId`, unique in its method). An await in a
    /// `finally` lowered on several paths has a site per path, all with the same id.
    pub hir: u32,
    pub span: Span,
    pub awaiter: AwaiterKind,
    /// The awaiter's C# type (`TaskAwaiter<int>`), for dumps.
    pub awaiter_ty: String,
    pub awaiter_slot: SlotId,
    /// The values live across this suspension, stored on the suspend path.
    pub live: Vec<ValueId>,
    pub resume: BlockId,
    /// The `return await` wrappers the awaited call skips (innermost first): `lower` calls
    /// their target directly (docs/lowering.md), and an exception's trace still lists them.
    pub elided: Vec<Elided>,
    /// What the middle end's facts (crates/facts) prove about the awaited task when the await
    /// runs; `lower` leaves it `Unknown` and `unawait_facts::Facts::annotate` fills it in.
    pub known: KnownAwait,
    /// An async iterator's `yield return`: the body suspends there for its consumer, no await
    /// of C#'s (`--stats` and traces count no suspension).
    pub yield_return: bool,
}

/// An await's task, as the facts know it before the await runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KnownAwait {
    #[default]
    Unknown,
    /// Complete: the await never suspends (the JIT gives it no suspend path). It may have
    /// failed, so `GetResult` still checks.
    Complete,
    /// Complete and succeeded (a library member's completed task): `GetResult` of a task
    /// without a result has nothing to do.
    Succeeded,
}

/// A `return await` wrapper elided at an await: its qualified name and the span of its own
/// await.
#[derive(Clone, Debug, PartialEq)]
pub struct Elided {
    pub name: String,
    pub span: Span,
    /// The wrapper method (sema's `MethodId`).
    pub method: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BuilderKind {
    Task,
    TaskOf(MachTy),
    ValueTask,
    ValueTaskOf(MachTy),
    Void,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StateMachine {
    pub builder: BuilderKind,
    pub frame: Frame,
    pub awaits: Vec<AwaitSite>,
    /// What a call of the method runs: `Start`, then return the task.
    pub kickoff: Function,
}

impl StateMachine {
    /// The C# type of frame slot `i` for dumps: its values' type when they agree; for an
    /// awaiter slot, the awaiter type of the awaits that use it when they agree
    /// (`TaskAwaiter<int>`); else the machine type's name.
    pub fn slot_csharp_type<'a>(&'a self, i: usize, f: &'a Function) -> &'a str {
        let Some(slot) = self.frame.slots.get(i) else {
            return "?";
        };
        if !matches!(slot.ty, MachTy::Awaiter(_)) {
            return slot.csharp_type(f);
        }
        match self.awaiter_types(i).as_slice() {
            [one] => one,
            _ => slot.ty.csharp(),
        }
    }

    /// The C# awaiter types of the awaits whose awaiter slot is `i`, sorted, without repeats.
    pub fn awaiter_types(&self, i: usize) -> Vec<&str> {
        let mut types: Vec<&str> = self
            .awaits
            .iter()
            .filter(|a| a.awaiter_slot.0 as usize == i)
            .map(|a| a.awaiter_ty.as_str())
            .collect();
        types.sort_unstable();
        types.dedup();
        types
    }
}
