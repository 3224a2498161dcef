//! Which values are live where: the backward dataflow both `lower` (to decide what crosses a
//! suspension) and the verifier (to check that it did) rely on, so there is one definition.

use crate::{Block, BlockId, Function, Inst, Operand, Terminator, ValueId};

/// A set of values as a bitset: functions have thousands of values, and the fixpoint unions sets
/// at every block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueSet(Vec<u64>);

impl ValueSet {
    pub fn new(values: usize) -> Self {
        ValueSet(vec![0; values.div_ceil(64)])
    }

    pub fn insert(&mut self, v: ValueId) {
        self.0[v.0 as usize / 64] |= 1 << (v.0 % 64);
    }

    pub fn remove(&mut self, v: ValueId) {
        self.0[v.0 as usize / 64] &= !(1 << (v.0 % 64));
    }

    pub fn contains(&self, v: ValueId) -> bool {
        self.0[v.0 as usize / 64] & (1 << (v.0 % 64)) != 0
    }

    /// Adds `other`; says whether anything was new.
    pub fn union(&mut self, other: &ValueSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a | b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    pub fn iter(&self) -> impl Iterator<Item = ValueId> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |i| bits & (1 << i) != 0)
                .map(move |i| ValueId((w * 64 + i) as u32))
        })
    }
}

/// The values an instruction reads and the one it writes.
pub fn uses_and_def(inst: &Inst) -> (Vec<ValueId>, Option<ValueId>) {
    let mut uses = Vec::new();
    let def = visit(inst, |v| uses.push(v));
    (uses, def)
}

/// Calls `on_use` with each value an instruction reads, in `uses_and_def`'s order; returns the
/// value it writes. No allocation: liveness runs it on every instruction until a fixpoint.
pub fn visit(inst: &Inst, mut on_use: impl FnMut(ValueId)) -> Option<ValueId> {
    let mut op = |o: &Operand| {
        if let Operand::Value(v) = o {
            on_use(*v);
        }
    };
    let def = match inst {
        Inst::Copy { dst, src } | Inst::Unary { dst, src, .. } | Inst::Convert { dst, src, .. } => {
            op(src);
            Some(*dst)
        }
        Inst::ToStr { dst, src, .. } => {
            op(src);
            Some(*dst)
        }
        Inst::Binary { dst, lhs, rhs, .. } => {
            op(lhs);
            op(rhs);
            Some(*dst)
        }
        Inst::Call { dst, args, .. } => {
            args.iter().for_each(&mut op);
            *dst
        }
        Inst::Concat { dst, parts } => {
            parts.iter().for_each(&mut op);
            Some(*dst)
        }
        Inst::LoadStatic { dst, .. } | Inst::LoadState { dst } | Inst::FrameLoad { dst, .. } => {
            Some(*dst)
        }
        Inst::StoreStatic { src, .. } => {
            op(src);
            None
        }
        Inst::NewArray { dst, len, .. } => {
            op(len);
            Some(*dst)
        }
        Inst::ArrayLoad { dst, array, index } => {
            op(array);
            op(index);
            Some(*dst)
        }
        Inst::ArrayLength { dst, array } => {
            op(array);
            Some(*dst)
        }
        Inst::NewObject { dst, .. } | Inst::StackObject { dst, .. } => Some(*dst),
        Inst::NewDelegate { dst, target, .. } => {
            if let Some(t) = target {
                op(t);
            }
            Some(*dst)
        }
        Inst::TypeTest { dst, object, .. } => {
            op(object);
            Some(*dst)
        }
        Inst::LoadField { dst, object, .. } | Inst::InnerObject { dst, object, .. } => {
            op(object);
            Some(*dst)
        }
        Inst::StoreField { object, src, .. } => {
            op(object);
            op(src);
            None
        }
        Inst::ArrayStore { array, index, src } => {
            op(array);
            op(index);
            op(src);
            None
        }
        Inst::GetAwaiter { dst, awaitable, .. } => {
            op(awaitable);
            Some(*dst)
        }
        Inst::IsCompleted { dst, awaiter } => {
            op(&Operand::Value(*awaiter));
            Some(*dst)
        }
        Inst::GetResult { dst, awaiter, .. } => {
            op(&Operand::Value(*awaiter));
            *dst
        }
        Inst::FrameStore { src, .. } => {
            op(&Operand::Value(*src));
            None
        }
        Inst::SetResult { value } => {
            if let Some(v) = value {
                op(v);
            }
            None
        }
        Inst::SetException { exception } => {
            op(&Operand::Value(*exception));
            None
        }
        Inst::Start { dst, args, .. } => {
            args.iter().for_each(&mut op);
            *dst
        }
        Inst::Caught { dst } => Some(*dst),
        Inst::LocalAddr { dst, local, read } => {
            if *read {
                op(&Operand::Value(*local));
            }
            Some(*dst)
        }
        Inst::LocalReload { local } => Some(*local),
        Inst::FieldAddr { dst, object, .. } => {
            op(object);
            Some(*dst)
        }
        Inst::ElemAddr { dst, array, index } => {
            op(array);
            op(index);
            Some(*dst)
        }
        Inst::StaticAddr { dst, .. } => Some(*dst),
        Inst::LoadRef { dst, ptr } => {
            op(ptr);
            Some(*dst)
        }
        Inst::StoreRef { ptr, src } => {
            op(ptr);
            op(src);
            None
        }
        Inst::ExceptionIs { dst, exception, .. } => {
            op(&Operand::Value(*exception));
            Some(*dst)
        }
        Inst::AwaitContinuation { dst } => Some(*dst),
        Inst::AwaitOnCompleted { .. }
        | Inst::StoreState { .. }
        | Inst::FrameClear { .. }
        | Inst::InitClass { .. } => None,
    };
    def
}

pub fn term_uses(term: &Terminator) -> Vec<ValueId> {
    let op = |o: &Operand| match o {
        Operand::Value(v) => vec![*v],
        Operand::Const(_) => Vec::new(),
    };
    match term {
        Terminator::Branch { cond, .. } => op(cond),
        Terminator::Switch { on, .. } => vec![*on],
        Terminator::Return(Some(v)) | Terminator::Throw(v, _) => op(v),
        _ => Vec::new(),
    }
}

pub fn successors(block: &Block) -> Vec<BlockId> {
    let mut out = match &block.term {
        Terminator::Goto(b) => vec![*b],
        Terminator::Branch {
            then, otherwise, ..
        } => vec![*then, *otherwise],
        Terminator::Switch { cases, default, .. } => {
            cases.iter().map(|(_, b)| *b).chain([*default]).collect()
        }
        _ => Vec::new(),
    };
    out.extend(block.unwind);
    out
}

/// What a block does to liveness, whatever is live after it.
struct Summary {
    /// Read before written in the block (the terminator's reads included).
    gen: ValueSet,
    /// Written in the block.
    kill: ValueSet,
    /// When something in the block can throw: what is written before the first such point
    /// (the handler's live values reach the block's start unless written before it).
    handler_kill: Option<ValueSet>,
}

impl Summary {
    fn of(block: &Block, n: usize) -> Summary {
        let gen = Liveness::walk_back(block, 0, ValueSet::new(n), None);
        let mut kill = ValueSet::new(n);
        let mut handler_kill = None;
        for inst in &block.insts {
            if handler_kill.is_none() && can_throw(inst) {
                handler_kill = Some(kill.clone());
            }
            if let Some(d) = visit(inst, |_| {}) {
                kill.insert(d);
            }
        }
        if handler_kill.is_none() && matches!(block.term, Terminator::Throw(..)) {
            handler_kill = Some(kill.clone());
        }
        Summary {
            gen,
            kill,
            handler_kill,
        }
    }
}

/// Live-in sets per block.
pub struct Liveness {
    pub live_in: Vec<ValueSet>,
}

impl Liveness {
    /// The fixpoint over per-block summaries: `live_in = gen ∪ (out − kill) ∪ (handler − kill
    /// before the first instruction that can throw)`, which is what `walk_back` computes, so each
    /// round is word operations instead of a walk over every instruction.
    pub fn compute(f: &Function) -> Liveness {
        let n = f.values.len();
        let summaries: Vec<Summary> = f.blocks.iter().map(|b| Summary::of(b, n)).collect();
        let succs: Vec<Vec<BlockId>> = f.blocks.iter().map(successors).collect();
        let mut live_in = vec![ValueSet::new(n); f.blocks.len()];
        let mut next = ValueSet::new(n);
        let mut changed = true;
        while changed {
            changed = false;
            for (i, block) in f.blocks.iter().enumerate().rev() {
                let s = &summaries[i];
                next.0.iter_mut().for_each(|w| *w = 0);
                for b in &succs[i] {
                    next.union(&live_in[b.0 as usize]);
                }
                for (w, (g, k)) in next.0.iter_mut().zip(s.gen.0.iter().zip(&s.kill.0)) {
                    *w = g | (*w & !k);
                }
                if let (Some(hk), Some(h)) = (&s.handler_kill, block.unwind) {
                    let h = &live_in[h.0 as usize].0;
                    for (w, (hv, k)) in next.0.iter_mut().zip(h.iter().zip(&hk.0)) {
                        *w |= hv & !k;
                    }
                }
                if next != live_in[i] {
                    std::mem::swap(&mut live_in[i], &mut next);
                    changed = true;
                }
            }
        }
        Liveness { live_in }
    }

    fn live_out_of(f: &Function, block: &Block, live_in: &[ValueSet]) -> ValueSet {
        let mut out = ValueSet::new(f.values.len());
        for s in successors(block) {
            out.union(&live_in[s.0 as usize]);
        }
        out
    }

    /// Walks a block backwards from `from` with `live` its live-out. Before an instruction that
    /// can throw, what the block's handler needs is live too (the instruction's own result never
    /// reaches the handler).
    fn walk_back(
        block: &Block,
        from: usize,
        mut live: ValueSet,
        handler: Option<&ValueSet>,
    ) -> ValueSet {
        for v in term_uses(&block.term) {
            live.insert(v);
        }
        if let (Terminator::Throw(..), Some(h)) = (&block.term, handler) {
            live.union(h);
        }
        let mut uses = Vec::new();
        for inst in block.insts[from..].iter().rev() {
            uses.clear();
            let def = visit(inst, |v| uses.push(v));
            if let Some(d) = def {
                live.remove(d);
            }
            for &u in &uses {
                live.insert(u);
            }
            if let (true, Some(h)) = (can_throw(inst), handler) {
                live.union(h);
            }
        }
        live
    }

    /// Values live right after instruction `at` of `block` (before the next one runs).
    pub fn live_after(&self, f: &Function, block: BlockId, at: usize) -> ValueSet {
        let b = f.block(block);
        let out = Self::live_out_of(f, b, &self.live_in);
        let handler = b.unwind.map(|h| &self.live_in[h.0 as usize]);
        Self::walk_back(b, at + 1, out, handler)
    }
}

/// Whether an instruction can raise an exception (and so reach its block's handler). Moving
/// values, the frame and the state cannot; calls, array accesses, division, checked arithmetic
/// and the awaiter protocol can.
pub fn can_throw(inst: &Inst) -> bool {
    match inst {
        Inst::Binary { op, .. } => {
            matches!(op, crate::BinOp::Div | crate::BinOp::Rem) || op.is_checked()
        }
        Inst::Unary { op, .. } => *op == crate::UnOp::NegOvf,
        Inst::Convert { conv, .. } => conv.is_checked(),
        Inst::Call { .. }
        | Inst::InitClass { .. }
        | Inst::Start { .. }
        | Inst::NewArray { .. }
        | Inst::ArrayLoad { .. }
        | Inst::ArrayStore { .. }
        | Inst::ArrayLength { .. }
        | Inst::NewObject { .. }
        | Inst::NewDelegate { .. }
        | Inst::TypeTest { .. }
        | Inst::LoadField { .. }
        | Inst::InnerObject { .. }
        | Inst::StoreField { .. }
        | Inst::FieldAddr { .. }
        | Inst::ElemAddr { .. }
        | Inst::ToStr { .. }
        | Inst::GetAwaiter { .. }
        | Inst::GetResult { .. }
        | Inst::AwaitOnCompleted { .. }
        | Inst::AwaitContinuation { .. }
        | Inst::SetResult { .. }
        | Inst::SetException { .. } => true,
        // Unchecked conversions never throw (double to int saturates, as since .NET 9).
        Inst::Copy { .. }
        | Inst::LoadStatic { .. }
        | Inst::StoreStatic { .. }
        | Inst::Concat { .. }
        | Inst::IsCompleted { .. }
        | Inst::LoadState { .. }
        | Inst::StoreState { .. }
        | Inst::FrameLoad { .. }
        | Inst::FrameStore { .. }
        | Inst::FrameClear { .. }
        | Inst::Caught { .. }
        | Inst::LocalAddr { .. }
        | Inst::LocalReload { .. }
        | Inst::StaticAddr { .. }
        | Inst::StackObject { .. }
        | Inst::LoadRef { .. }
        | Inst::StoreRef { .. }
        | Inst::ExceptionIs { .. } => false,
    }
}
