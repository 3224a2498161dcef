//! `Task.WhenAll` and `Task.WhenAny`: tasks completed by their inputs' continuations. Each keeps
//! its inputs (so they stay reachable and deadlock reports can list them) until it completes.

// Task pointers come only from this runtime (see `task.rs`).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{
    complete, from_word, new_pending, on_completed, set_source, Cont, ElemKind, Source, Task, Word,
    CANCELED, FAULTED, SUCCEEDED,
};
use crate::exception;

/// `Task.WhenAll`: completes when every input has; faults with all their exceptions in order.
pub fn when_all(inputs: Vec<Word>, kind: Option<ElemKind>) -> Word {
    if inputs.contains(&0) {
        return exception::throw_new(
            &exception::ARGUMENT,
            Some("The tasks argument included a null value. (Parameter 'tasks')"),
        );
    }
    let _roots = crate::gc::root(&inputs);
    let all = new_pending(kind.map(|_| ElemKind::Ref));
    set_source(all, Source::WhenAll);
    unsafe {
        (*all).remaining = inputs.len() + 1;
        (*all).inputs = inputs.clone().into();
        (*all).result_kind = kind.map_or(255, |k| k as u8);
    }
    for w in inputs {
        unsafe { (*from_word(w)).observed = true };
        on_completed(from_word(w), Cont::WhenAll(all));
    }
    // The extra count keeps it pending until every registration is made.
    when_all_step(all);
    all as Word
}

pub(super) fn when_all_step(all: *mut Task) {
    unsafe {
        (*all).remaining -= 1;
        if (*all).remaining > 0 {
            return;
        }
        // The inputs stay in `all` (so reachable) until it completes.
        let inputs = (*all).inputs.to_vec();
        let tasks: Vec<*mut Task> = inputs.iter().map(|&w| from_word(w)).collect();
        let exceptions: Vec<Word> = tasks
            .iter()
            .filter(|t| (***t).status == FAULTED)
            .flat_map(|t| (**t).exceptions.to_vec())
            .collect();
        if !exceptions.is_empty() {
            complete(all, FAULTED, 0, exceptions);
        } else if let Some(canceled) = tasks.iter().find(|t| (***t).status == CANCELED) {
            // Awaiting it rethrows the canceled input's own exception, as .NET's WhenAll does.
            complete(all, CANCELED, 0, (**canceled).exceptions.to_vec());
        } else if (*all).result_kind == 255 {
            complete(all, SUCCEEDED, 0, Vec::new());
        } else {
            let kind = ElemKind::from_code((*all).result_kind as u64);
            let results: Vec<Word> = tasks.iter().map(|t| (**t).result).collect();
            let array = crate::collections::new_array_from(kind, &results);
            (*all).inputs.clear();
            complete(all, SUCCEEDED, array, Vec::new());
        }
    }
}

/// `Task.WhenAny`: completes with the first input to finish (the first complete one if any).
pub fn when_any(inputs: Vec<Word>) -> Word {
    if inputs.is_empty() {
        return exception::throw_new(
            &exception::ARGUMENT,
            Some("The tasks argument contains no tasks. (Parameter 'tasks')"),
        );
    }
    let _roots = crate::gc::root(&inputs);
    let any = new_pending(Some(ElemKind::Ref));
    set_source(any, Source::WhenAny);
    // Kept for deadlock reports (and so reachable) until one completes.
    unsafe { (*any).inputs = inputs.clone().into() };
    for w in inputs {
        on_completed(from_word(w), Cont::WhenAny(any));
    }
    any as Word
}
