//! `Queue<T>` and `Stack<T>`: one word per element in a `VecDeque` (a queue's front, a stack's
//! bottom first). Every change (`Enqueue`, `Dequeue`, `Push`, `Pop`, `Clear`) changes the
//! version an enumerator checks, as .NET's do; a queue enumerates front to back, a stack top to
//! bottom.

use std::collections::VecDeque;

use crate::exception::{self, INVALID_OPERATION};
use crate::object::{self, desc_of, is_null, ElemKind, Header, Kind, TypeDesc, Word, TAG_MASK};

pub static QUEUE: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.Queue`1",
    kind: Kind::Deque,
    base: None,
};

pub static STACK: TypeDesc = TypeDesc {
    name: "System.Collections.Generic.Stack`1",
    kind: Kind::Deque,
    base: None,
};

/// `items` are references iff `kind` is `Ref`.
#[repr(C)]
pub struct Deque {
    header: Header,
    items: VecDeque<Word>,
    version: u64,
    kind: u64,
}

unsafe fn deque<'a>(w: Word) -> &'a mut Deque {
    &mut *((w & !TAG_MASK) as *mut Deque)
}

fn get<'a>(w: Word) -> Result<&'a mut Deque, Word> {
    if is_null(w) {
        return Err(exception::throw_null_reference());
    }
    Ok(unsafe { deque(w) })
}

fn is_stack(w: Word) -> bool {
    // The object's descriptor is its exact type's (`Stack<int>`), based on `STACK`.
    unsafe { desc_of(w).is_a(&STACK) }
}

fn alloc(desc: &'static TypeDesc, kind: Word) -> Word {
    unsafe {
        let p = object::alloc::<Deque>(desc, 0);
        // A zeroed VecDeque is not a valid VecDeque.
        std::ptr::write(&mut (*p).items, VecDeque::new());
        (*p).kind = ElemKind::from_code(kind) as u64;
        p as Word
    }
}

fn changed(d: &mut Deque) {
    d.version = d.version.wrapping_add(1);
}

/// The element `Dequeue`/`Pop` would take: a queue's front, a stack's back (its top).
fn next_out(d: &Deque, stack: bool) -> Option<&Word> {
    if stack {
        d.items.back()
    } else {
        d.items.front()
    }
}

/// Takes `next_out`.
fn take_next_out(d: &mut Deque, stack: bool) -> Option<Word> {
    if stack {
        d.items.pop_back()
    } else {
        d.items.pop_front()
    }
}

/// The elements in enumeration order: a queue's front first, a stack's top first.
fn in_order(d: &Deque, stack: bool) -> Vec<Word> {
    let mut items: Vec<Word> = d.items.iter().copied().collect();
    if stack {
        items.reverse();
    }
    items
}

/// A queue's or stack's element kind.
pub(crate) fn kind(w: Word) -> ElemKind {
    // SAFETY: a live queue or stack.
    ElemKind::from_code(unsafe { deque(w) }.kind)
}

/// `new Queue<T>()`: the argument is T's kind code.
pub extern "C" fn queue_new(kind: Word) -> Word {
    alloc(&QUEUE, kind)
}

pub extern "C" fn stack_new(kind: Word) -> Word {
    alloc(&STACK, kind)
}

/// `new Queue<T>(collection)` and `new Stack<T>(collection)`: the elements in enumeration
/// order from the front (a queue's) or the bottom (a stack's, which then enumerates them in
/// reverse).
fn new_copy(desc: &'static TypeDesc, collection: Word, kind: Word) -> Word {
    let items = match crate::collections::items_or_null_arg(collection, "collection") {
        Ok((_, items)) => items,
        Err(e) => return e,
    };
    let _roots = crate::gc::root(&items);
    let w = alloc(desc, kind);
    unsafe { deque(w) }.items.extend(items);
    w
}

pub extern "C" fn queue_new_copy(collection: Word, kind: Word) -> Word {
    new_copy(&QUEUE, collection, kind)
}

pub extern "C" fn stack_new_copy(collection: Word, kind: Word) -> Word {
    new_copy(&STACK, collection, kind)
}

/// As `hashed_copy::refine_kinds`, for a new queue or stack.
pub(crate) fn refine_kind(w: Word, kind: Option<ElemKind>) {
    // SAFETY: a live queue or stack, just made.
    let d = unsafe { deque(w) };
    if let Some(k) = kind {
        if d.kind == k.machine_kind() as u64 {
            d.kind = k as u64;
        }
    }
}

/// `Enqueue(item)` and `Push(item)`: both add at the back.
pub extern "C" fn push(w: Word, item: Word) -> Word {
    get(w).map_or_else(
        |e| e,
        |d| {
            d.items.push_back(item);
            changed(d);
            0
        },
    )
}

fn empty(w: Word) -> Word {
    let m = if is_stack(w) {
        "Stack empty."
    } else {
        "Queue empty."
    };
    exception::throw_new(&INVALID_OPERATION, Some(m))
}

/// `Dequeue()` takes the front, `Pop()` the back.
pub extern "C" fn take(w: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    match get(w) {
        Ok(d) => match take_next_out(d, stack) {
            Some(x) => {
                changed(d);
                x
            }
            None => empty(w),
        },
        Err(e) => e,
    }
}

/// `TryDequeue(out item)` / `TryPop(out item)`: false (and the default) when empty.
pub extern "C" fn try_take(w: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    match get(w) {
        Ok(d) => {
            let item = take_next_out(d, stack);
            if item.is_some() {
                changed(d);
            }
            crate::library::set_out_value(item.unwrap_or(0));
            item.is_some() as Word
        }
        Err(e) => e,
    }
}

/// `TryPeek(out item)`.
pub extern "C" fn try_peek(w: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    match get(w) {
        Ok(d) => {
            let item = next_out(d, stack);
            crate::library::set_out_value(item.copied().unwrap_or(0));
            item.is_some() as Word
        }
        Err(e) => e,
    }
}

/// `ToArray()`: in enumeration order (a stack's top first).
pub extern "C" fn to_array(w: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    match get(w) {
        Ok(d) => {
            crate::collections::new_array_from(ElemKind::from_code(d.kind), &in_order(d, stack))
        }
        Err(e) => e,
    }
}

/// `Peek()`: the front of a queue, the top of a stack.
pub extern "C" fn peek(w: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    match get(w) {
        Ok(d) => match next_out(d, stack) {
            Some(&x) => x,
            None => empty(w),
        },
        Err(e) => e,
    }
}

pub extern "C" fn count(w: Word) -> Word {
    get(w).map_or_else(|e| e, |d| d.items.len() as Word)
}

pub extern "C" fn clear(w: Word) -> Word {
    get(w).map_or_else(
        |e| e,
        |d| {
            d.items.clear();
            changed(d);
            0
        },
    )
}

/// `Contains(item)` with the default comparer (sema keeps out classes with their own `Equals`):
/// values by value, strings by content, objects by reference.
pub extern "C" fn contains(w: Word, item: Word) -> Word {
    let stack = !is_null(w) && is_stack(w);
    get(w).map_or_else(
        |e| e,
        |d| {
            let kind = ElemKind::from_code(d.kind);
            // .NET searches a queue front to back and a stack top to bottom, which shows when
            // an element's `Equals` override runs.
            crate::keyed::any_equal(&in_order(d, stack), item, kind).map_or_else(|e| e, Word::from)
        },
    )
}

// ---- Enumeration -----------------------------------------------------------------------------

pub(crate) fn version(source: Word) -> u64 {
    unsafe { deque(source).version }
}

/// As `hashed::next`.
pub(crate) fn next(source: Word, index: &mut u64, version: u64) -> Result<Option<Word>, Word> {
    let stack = is_stack(source);
    let d = unsafe { deque(source) };
    if d.version != version {
        return Err(exception::throw_new(
            &INVALID_OPERATION,
            Some("Collection was modified; enumeration operation may not execute."),
        ));
    }
    let n = d.items.len();
    let i = *index as usize;
    if i < n {
        *index += 1;
        return Ok(Some(if stack {
            d.items[n - 1 - i]
        } else {
            d.items[i]
        }));
    }
    *index = n as u64 + 1;
    Ok(None)
}

/// The element kind and elements in enumeration order (a stack's top first), for a copy or
/// `AddRange`; `None` if `w` is not a queue or stack.
pub(crate) fn items(w: Word) -> Option<(ElemKind, Vec<Word>)> {
    if is_null(w) || unsafe { desc_of(w).kind } != Kind::Deque {
        return None;
    }
    let d = unsafe { deque(w) };
    Some((ElemKind::from_code(d.kind), in_order(d, is_stack(w))))
}

// ---- Collector support -------------------------------------------------------------------------

pub(crate) fn trace_refs(w: Word, f: &mut dyn FnMut(Word)) {
    let d = unsafe { deque(w) };
    if d.kind == ElemKind::Ref as u64 {
        d.items.iter().for_each(|&x| f(x));
    }
}

/// # Safety
/// `w` is a queue or stack nothing reaches any more.
pub(crate) unsafe fn finalize(w: Word) {
    std::ptr::drop_in_place(&mut deque(w).items);
}
