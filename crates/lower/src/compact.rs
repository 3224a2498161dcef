//! Drops the blocks nothing reaches (building leaves one after every `return`, `break` and
//! `throw`, for the source that follows them) and renumbers the rest in order.

use unawait_smir::liveness::successors;
use unawait_smir::{BlockId, Function, Terminator};

/// Returns the new id of each old block (`None` for a dropped one).
pub fn compact(f: &mut Function) -> Vec<Option<BlockId>> {
    let n = f.blocks.len();
    let mut reached = vec![false; n];
    let mut stack = vec![f.entry];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut reached[b.0 as usize], true) {
            continue;
        }
        stack.extend(successors(&f.blocks[b.0 as usize]));
    }
    let mut map = vec![None; n];
    let mut next = 0u32;
    for (i, r) in reached.iter().enumerate() {
        if *r {
            map[i] = Some(BlockId(next));
            next += 1;
        }
    }
    let remap = |b: &mut BlockId| *b = map[b.0 as usize].unwrap_or(*b);
    let old = std::mem::take(&mut f.blocks);
    for (i, mut block) in old.into_iter().enumerate() {
        if !reached[i] {
            continue;
        }
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
