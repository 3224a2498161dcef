//! Tidies the CFG the builder leaves: jumps to a block that only jumps on go straight to its
//! target, blocks nothing reaches (one follows every `return`, `break` and `throw`, for the source
//! after them) are dropped, and the rest are renumbered in order.

use unawait_smir::liveness::visit_successors;
use unawait_smir::{BlockId, Function, Terminator};

/// Returns the new id of each old block (`None` for a dropped one).
pub fn compact(f: &mut Function, keep: &[BlockId]) -> Vec<Option<BlockId>> {
    thread_jumps(f, keep);
    let n = f.blocks.len();
    let mut reached = vec![false; n];
    let mut stack = vec![f.entry];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut reached[b.0 as usize], true) {
            continue;
        }
        visit_successors(&f.blocks[b.0 as usize], |s| stack.push(s));
    }
    // The entry becomes b0; the other blocks keep their order.
    let entry = f.entry.0 as usize;
    let order: Vec<usize> = std::iter::once(entry)
        .chain((0..n).filter(|&i| i != entry && reached[i]))
        .collect();
    let mut map = vec![None; n];
    for (new, &old) in order.iter().enumerate() {
        map[old] = Some(BlockId(new as u32));
    }
    let remap = |b: &mut BlockId| *b = map[b.0 as usize].unwrap_or(*b);
    let mut old: Vec<Option<_>> = std::mem::take(&mut f.blocks)
        .into_iter()
        .map(Some)
        .collect();
    for i in order {
        let Some(mut block) = old[i].take() else {
            continue;
        };
        match &mut block.term {
            Terminator::Goto(b) => remap(b),
            Terminator::Branch {
                then, otherwise, ..
            } => {
                remap(then);
                remap(otherwise);
            }
            Terminator::Switch { cases, default, .. } => {
                cases.iter_mut().for_each(|(_, b)| remap(b));
                remap(default);
            }
            _ => {}
        }
        if let Some(h) = &mut block.unwind {
            remap(h);
        }
        f.blocks.push(block);
    }
    remap(&mut f.entry);
    map
}

/// Where a jump to `b` really goes: past empty blocks that only jump (never past a block in
/// `keep`, whose identity matters, such as a resume point).
fn thread_jumps(f: &mut Function, keep: &[BlockId]) {
    let n = f.blocks.len();
    let forward = |f: &Function, mut b: BlockId| {
        for _ in 0..n {
            let block = &f.blocks[b.0 as usize];
            match block.term {
                Terminator::Goto(next)
                    if block.insts.is_empty() && !keep.contains(&b) && next != b =>
                {
                    b = next
                }
                _ => break,
            }
        }
        b
    };
    for i in 0..n {
        let mut term = f.blocks[i].term.clone();
        match &mut term {
            Terminator::Goto(b) => *b = forward(f, *b),
            Terminator::Branch {
                then, otherwise, ..
            } => {
                *then = forward(f, *then);
                *otherwise = forward(f, *otherwise);
            }
            Terminator::Switch { cases, default, .. } => {
                for (_, b) in cases.iter_mut() {
                    *b = forward(f, *b);
                }
                *default = forward(f, *default);
            }
            _ => {}
        }
        f.blocks[i].term = term;
    }
    f.entry = forward(f, f.entry);
}
