//! What a call of the method allocates, as the report shows it: the facts' allocation record
//! (`unawait_facts::alloc`) with lines for its spans and `prose.rs`'s words for its kinds.

use unawait_sema::hir::MethodId;

use crate::analysis::Analysis;
use crate::prose;

use super::*;

pub(super) fn allocations(a: &Analysis<'_>, id: MethodId) -> Option<Allocations> {
    let al = a.allocations(id)?;
    let mut other: Vec<AllocSite> = al
        .sites
        .iter()
        .map(|s| AllocSite {
            line: s.made_by.first().map_or(0, |m| a.line(m.span)),
            what: prose::alloc_site(a, s),
            bytes: s.bytes,
            per_iteration: s.per_iteration,
            every_iteration: s.every_iteration,
        })
        .collect();
    // A custom await that suspends makes the continuation its awaiter's `OnCompleted` receives.
    for aw in a.walk(id).awaits.iter() {
        if aw.info.awaiter != unawait_sema::hir::AwaiterKind::Custom {
            continue;
        }
        let lp = aw.pos.innermost_loop();
        other.push(AllocSite {
            line: a.line(aw.expr.span),
            what: "the continuation the custom awaiter's OnCompleted receives (a delegate that \
                   resumes the box), when the await suspends (.NET makes it once per box)"
                .into(),
            bytes: Some(round16(unawait_runtime::delegate::SIZE as u64)),
            per_iteration: lp.is_some(),
            every_iteration: lp
                .is_some_and(|l| a.every_iteration(id, l, &[(aw.expr.id, aw.expr.span)])),
        });
    }
    other.sort_by_key(|s| s.line);
    Some(Allocations {
        sync_bytes: al.sync_bytes,
        sync_note: prose::sync_path(a, &al.sync_path),
        suspend_bytes: al.suspend_box,
        pooled_calls: (al.pooling.awaited_directly, al.pooling.call_sites),
        fails_at: al.pooling.fails_at.map(|at| a.line(at)),
        elided_calls: al.elided_at,
        other,
    })
}
