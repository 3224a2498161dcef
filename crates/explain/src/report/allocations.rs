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
