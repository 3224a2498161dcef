//! `Few<T>`: a vector that is nearly always empty, in one word. A task's exceptions, extra
//! continuations and `WhenAll` inputs are empty for almost every task, and a state machine box
//! is a task: three `Vec`s would add 72 bytes to every box, three `Few`s add 24.

use std::ops::Deref;

// The box is the point: `Option<Box<_>>` is one word, a `Vec` three.
#[allow(clippy::box_collection)]
pub struct Few<T>(Option<Box<Vec<T>>>);

impl<T> Few<T> {
    pub const fn new() -> Few<T> {
        Few(None)
    }

    pub fn push(&mut self, x: T) {
        self.0.get_or_insert_with(Default::default).push(x);
    }

    /// The elements, leaving none.
    pub fn take(&mut self) -> Vec<T> {
        self.0.take().map_or_else(Vec::new, |v| *v)
    }

    pub fn clear(&mut self) {
        self.0 = None;
    }

    /// Keeps the elements `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        if let Some(v) = &mut self.0 {
            v.retain(keep);
        }
    }

    /// Whether it holds memory of its own.
    pub fn is_allocated(&self) -> bool {
        self.0.is_some()
    }
}

impl<T> Default for Few<T> {
    fn default() -> Few<T> {
        Few::new()
    }
}

impl<T> From<Vec<T>> for Few<T> {
    fn from(v: Vec<T>) -> Few<T> {
        Few((!v.is_empty()).then(|| Box::new(v)))
    }
}

impl<T> Deref for Few<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0.as_deref().map_or(&[], |v| v.as_slice())
    }
}
