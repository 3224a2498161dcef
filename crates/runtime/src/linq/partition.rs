//! .NET's partitions (`IPartition<T>`): a `Select` over a list, an array, `Range`, `Repeat` or
//! an `OrderBy`, and `Skip`/`Take` of these, computes only the elements it is asked for. Its
//! `Last()` and `ElementAt(i)` run the selectors on one element, and a `Skip(n)` of it never
//! runs them on the elements it skips (`SelectListPartitionIterator`); the side effects of the
//! selectors show it. Without a `Select` nothing is observable, so only such chains take this path.

use super::query::{query, Spec, ORDER, RANGE, REPEAT, SELECT, SKIP, TAKE, THEN};
use super::{call, elements_or_throw, is_query};
use crate::collections;
use crate::delegate::Ret;
use crate::object::{ElemKind, Kind, Word};

/// What the selectors read: an indexable sequence's elements, or `Range`/`Repeat` (the query).
enum Base {
    Items(ElemKind, Vec<Word>),
    Generated(Word),
}

struct Partition {
    base: Base,
    /// The base's elements in `start..end` are the partition's.
    start: usize,
    end: usize,
    /// The `Select` queries, innermost first.
    selectors: Vec<Word>,
}

/// Whether `w` is a chain of `Select`, `Skip` and `Take` with at least one `Select`, over a
/// list, an array, `Range`, `Repeat` or an ordered query (nothing is run to tell).
pub(super) fn applies(w: Word) -> bool {
    fn shape(w: Word, selected: bool) -> bool {
        if !is_query(w) {
            return selected
                && (collections::has_kind(w, Kind::List) || collections::has_kind(w, Kind::Array));
        }
        let q = unsafe { query(w) };
        match q.op {
            RANGE | REPEAT | ORDER | THEN => selected,
            SELECT => shape(q.source, true),
            SKIP | TAKE => shape(q.source, selected),
            _ => false,
        }
    }
    shape(w, false)
}

/// The partition `w` is (`applies(w)` holds): an ordered base is sorted now, as .NET's is when
/// first asked for an element.
fn partition(w: Word) -> Result<Partition, Word> {
    if !is_query(w) {
        let (kind, items) = elements_or_throw(w)?;
        let end = items.len();
        return Ok(Partition {
            base: Base::Items(kind, items),
            start: 0,
            end,
            selectors: Vec::new(),
        });
    }
    let q = unsafe { query(w) };
    let whole = |base| Partition {
        base,
        start: 0,
        end: q.m.max(0) as usize,
        selectors: Vec::new(),
    };
    Ok(match q.op {
        RANGE | REPEAT => whole(Base::Generated(w)),
        ORDER | THEN => {
            let items = super::ordering::sorted(w)?;
            let end = items.len();
            Partition {
                base: Base::Items(super::query::query_kind(w), items),
                start: 0,
                end,
                selectors: Vec::new(),
            }
        }
        SELECT => {
            let mut p = partition(q.source)?;
            p.selectors.push(w);
            p
        }
        SKIP => {
            let mut p = partition(q.source)?;
            p.start = p.start.saturating_add(q.n.max(0) as usize).min(p.end);
            p
        }
        // TAKE (`applies` lets nothing else through).
        _ => {
            let mut p = partition(q.source)?;
            p.end = p.end.min(p.start.saturating_add(q.n.max(0) as usize));
            p
        }
    })
}

impl Partition {
    fn roots(&self) -> crate::gc::Roots {
        let mut words = self.selectors.clone();
        match &self.base {
            Base::Items(_, items) => words.extend(items),
            Base::Generated(w) => words.push(*w),
        }
        crate::gc::root(&words)
    }

    /// The base's element at index `i` (in `start..end`).
    fn base_at(&self, i: usize) -> Word {
        match &self.base {
            Base::Items(_, items) => items[i],
            Base::Generated(g) => {
                let q = unsafe { query(*g) };
                if q.op == RANGE {
                    (q.n + i as i64) as i32 as i64 as Word
                } else {
                    q.other
                }
            }
        }
    }

    /// The partition's element `i` (0-based, in range): the base's, through every selector.
    fn element(&self, i: usize) -> Result<Word, Word> {
        let mut x = self.base_at(self.start + i);
        for &s in &self.selectors {
            let _x = crate::gc::root(&[x]);
            let q = unsafe { query(s) };
            let (from, to) = (
                ElemKind::from_code(q.source_kind),
                ElemKind::from_code(q.kind),
            );
            x = call(q.delegate, x, from, None, Ret::of(Some(to)))?;
        }
        Ok(x)
    }

    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// `Last()`/`LastOrDefault()` of a partition (`applies`): its last element only.
pub(super) fn last(w: Word) -> Result<Option<Word>, Word> {
    let p = partition(w)?;
    let _roots = p.roots();
    match p.len() {
        0 => Ok(None),
        n => p.element(n - 1).map(Some),
    }
}

/// `ElementAt(index)` of a partition (`applies`): that element only (`None` out of range).
pub(super) fn element_at(w: Word, index: i64) -> Result<Option<Word>, Word> {
    let p = partition(w)?;
    let _roots = p.roots();
    if index < 0 || index as usize >= p.len() {
        return Ok(None);
    }
    p.element(index as usize).map(Some)
}

/// A query that enumerates as the partition `w` (`applies`) does: the selectors over only the
/// base's elements in range, so a `Skip` runs none of them on what it skips.
pub(super) fn rebuilt(w: Word) -> Result<Word, Word> {
    let p = partition(w)?;
    let _roots = p.roots();
    let mut cur = match &p.base {
        Base::Items(kind, items) => collections::new_list(*kind, items[p.start..p.end].to_vec()),
        Base::Generated(g) => {
            let q = unsafe { query(*g) };
            let n = if q.op == RANGE {
                q.n + p.start as i64
            } else {
                q.n
            };
            super::query::make(Spec {
                other: q.other,
                op: q.op,
                source_kind: q.source_kind,
                kind: q.kind,
                other_kind: q.other_kind,
                n,
                m: p.len() as i64,
                ..Spec::default()
            })
        }
    };
    for &s in &p.selectors {
        let _cur = crate::gc::root(&[cur]);
        let q = unsafe { query(s) };
        cur = super::query::make(Spec {
            source: cur,
            delegate: q.delegate,
            op: SELECT,
            source_kind: q.source_kind,
            kind: q.kind,
            other_kind: q.other_kind,
            ..Spec::default()
        });
    }
    Ok(cur)
}
