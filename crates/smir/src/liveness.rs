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
        members(&self.0)
    }
}

/// The values whose bits are set in `words`, in increasing order.
fn members(words: &[u64]) -> impl Iterator<Item = ValueId> + '_ {
    words.iter().enumerate().flat_map(|(w, &bits)| {
        let mut bits = bits;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let i = bits.trailing_zeros();
            bits &= bits - 1;
            Some(ValueId(w as u32 * 64 + i))
        })
    })
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

/// Calls `on_use` with each value a terminator reads, in `term_uses`'s order.
fn visit_term(term: &Terminator, mut on_use: impl FnMut(ValueId)) {
    match term {
        Terminator::Branch {
            cond: Operand::Value(v),
            ..
        }
        | Terminator::Return(Some(Operand::Value(v)))
        | Terminator::Throw(Operand::Value(v), _) => on_use(*v),
        Terminator::Switch { on, .. } => on_use(*on),
        _ => {}
    }
}

/// Calls `on` with each successor of a block, in `successors`'s order, without collecting them.
pub fn visit_successors(block: &Block, mut on: impl FnMut(BlockId)) {
    match &block.term {
        Terminator::Goto(b) => on(*b),
        Terminator::Branch {
            then, otherwise, ..
        } => {
            on(*then);
            on(*otherwise);
        }
        Terminator::Switch { cases, default, .. } => {
            cases.iter().for_each(|(_, b)| on(*b));
            on(*default);
        }
        _ => {}
    }
    if let Some(u) = block.unwind {
        on(u);
    }
}

fn set_bit(words: &mut [u64], v: ValueId) {
    words[v.0 as usize / 64] |= 1 << (v.0 % 64);
}

fn clear_bit(words: &mut [u64], v: ValueId) {
    words[v.0 as usize / 64] &= !(1 << (v.0 % 64));
}

/// Live-in sets per block.
pub struct Liveness {
    /// Block `b`'s live-in set is the words `b * words_per_set..(b + 1) * words_per_set`.
    words: Vec<u64>,
    words_per_set: usize,
}

impl Liveness {
    /// The fixpoint over per-block summaries: `live_in = gen ∪ (out − kill) ∪ (handler − kill
    /// before the first instruction that can throw)`, which is what `walk_back` computes, so each
    /// round is word operations instead of a walk over every instruction. The summaries and
    /// sets are rows of flat word arrays: lowering runs this for every async method, and a set
    /// per block per summary was most of its cost in allocations.
    pub fn compute(f: &Function) -> Liveness {
        let n = f.values.len();
        let w = n.div_ceil(64);
        let blocks = f.blocks.len();
        // Per block: read before written (`gen`), written (`kill`), and written before the
        // first instruction that can throw (`handler_kill`, when the block can throw at all).
        let mut gen = vec![0u64; blocks * w];
        let mut kill = vec![0u64; blocks * w];
        let mut handler_kill = vec![0u64; blocks * w];
        let mut throws = vec![false; blocks];
        let mut succ_start = Vec::with_capacity(blocks + 1);
        let mut succs: Vec<u32> = Vec::with_capacity(blocks * 2);
        let mut uses = Vec::new();
        for (i, block) in f.blocks.iter().enumerate() {
            let row = i * w..(i + 1) * w;
            let g = &mut gen[row.clone()];
            let k = &mut kill[row.clone()];
            let hk = &mut handler_kill[row.clone()];
            visit_term(&block.term, |v| set_bit(g, v));
            // One backward walk: `hk` restarts at each instruction that can throw, so at the
            // start it holds what is written before the first one.
            for inst in block.insts.iter().rev() {
                // Uses are added after the def is removed: an instruction may read what it writes.
                uses.clear();
                let def = visit(inst, |v| uses.push(v));
                let throwing = can_throw(inst);
                if throwing {
                    throws[i] = true;
                    hk.iter_mut().for_each(|x| *x = 0);
                }
                if let Some(d) = def {
                    clear_bit(g, d);
                    set_bit(k, d);
                    if !throwing {
                        set_bit(hk, d);
                    }
                }
                uses.iter().for_each(|&v| set_bit(g, v));
            }
            // A block whose only throw is its terminator: everything it writes comes first.
            if !throws[i] && matches!(block.term, Terminator::Throw(..)) {
                throws[i] = true;
            }
            succ_start.push(succs.len());
            visit_successors(block, |b| succs.push(b.0));
        }
        succ_start.push(succs.len());
        let mut live = vec![0u64; blocks * w];
        let mut changed = true;
        // Word by word: each word's bits depend only on the same word of the other sets, so a
        // block that is its own successor or handler reads its word before it is written.
        while changed {
            changed = false;
            for (i, block) in f.blocks.iter().enumerate().rev() {
                let succs = &succs[succ_start[i]..succ_start[i + 1]];
                let handler = block.unwind.filter(|_| throws[i]).map(|h| h.0 as usize * w);
                for j in 0..w {
                    let at = i * w + j;
                    let mut out = 0;
                    for &b in succs {
                        out |= live[b as usize * w + j];
                    }
                    let mut x = gen[at] | (out & !kill[at]);
                    if let Some(h) = handler {
                        x |= live[h + j] & !handler_kill[at];
                    }
                    if x != live[at] {
                        live[at] = x;
                        changed = true;
                    }
                }
            }
        }
        Liveness {
            words: live,
            words_per_set: w,
        }
    }

    fn row(&self, b: BlockId) -> &[u64] {
        let w = self.words_per_set;
        &self.words[b.0 as usize * w..(b.0 as usize + 1) * w]
    }

    /// The values live on entry to block `b`, in increasing order.
    pub fn live_in(&self, b: BlockId) -> impl Iterator<Item = ValueId> + '_ {
        members(self.row(b))
    }

    fn live_out_of(&self, f: &Function, block: &Block) -> ValueSet {
        let mut out = ValueSet::new(f.values.len());
        for s in successors(block) {
            out.union(&ValueSet(self.row(s).to_vec()));
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
        let out = self.live_out_of(f, b);
        let handler = b.unwind.map(|h| ValueSet(self.row(h).to_vec()));
        Self::walk_back(b, at + 1, out, handler.as_ref())
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
