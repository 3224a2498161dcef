//! Where objects live: 64 KB pages of one size class each for small objects, and one system
//! allocation per large object. Nothing moves. Any word can be asked "which object, if any, do
//! you point into?" (`find`), which is what a conservative scan of a stack needs.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

pub const PAGE: usize = 64 * 1024;

/// Cell sizes of the small-object pages; anything larger is a large object.
const CLASSES: [usize; 24] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 768, 1024, 1536,
    2048, 3072, 4096, 6144, 8192,
];
pub const LARGE: usize = 8192;

/// The header's second word: the collector's bits.
pub const ALLOCATED: u64 = 1;
pub const MARKED: u64 = 2;

struct Page {
    class: usize,
}

#[derive(Default)]
pub struct Heap {
    pages: HashMap<usize, Page, BuildHasherDefault<PageHasher>>,
    /// Free cells per class.
    free: Vec<Vec<usize>>,
    /// Pages per class, for the sweep.
    by_class: Vec<Vec<usize>>,
    large: BTreeMap<usize, usize>,
    /// Bytes in objects (cell sizes and large objects), live or not yet collected.
    pub used: usize,
    /// Bytes the pages and large objects take from the system.
    pub reserved: usize,
    /// Every page and large object lies in `lo..hi`: most words a scan asks about (numbers,
    /// code and stack addresses) are outside, and need no lookup.
    lo: usize,
    hi: usize,
}

/// Hashes a page address: its page number times a large odd constant (Fibonacci hashing).
/// Looking a page up is on the path of every conservative scan and every early free, where
/// SipHash cost more than the rest of the work.
#[derive(Default)]
pub struct PageHasher(u64);

impl Hasher for PageHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, page: usize) {
        self.0 = ((page / PAGE) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The class of each size in 16-byte steps, computed once: allocation is on every hot path.
static CLASS_OF: [u8; LARGE / 16 + 1] = {
    let mut table = [0u8; LARGE / 16 + 1];
    let mut i = 0;
    while i < table.len() {
        let mut c = 0;
        while c < CLASSES.len() - 1 && CLASSES[c] < i * 16 {
            c += 1;
        }
        table[i] = c as u8;
        i += 1;
    }
    table
};

fn class_of(size: usize) -> usize {
    CLASS_OF[size.div_ceil(16).min(LARGE / 16)] as usize
}

/// The allocation size of a request, as the heap counts it.
pub fn rounded(size: usize) -> usize {
    if size > LARGE {
        (size + 15) & !15
    } else {
        CLASSES[class_of(size)]
    }
}

impl Heap {
    /// A zeroed cell of at least `size` bytes, its gc word marked allocated; null if the system
    /// has no memory left.
    pub fn alloc(&mut self, size: usize) -> *mut u8 {
        if self.free.is_empty() {
            self.free = vec![Vec::new(); CLASSES.len()];
            self.by_class = vec![Vec::new(); CLASSES.len()];
        }
        let p = if size > LARGE {
            let size = rounded(size);
            let Ok(layout) = Layout::from_size_align(size, 16) else {
                return std::ptr::null_mut();
            };
            let p = unsafe { alloc_zeroed(layout) };
            if p.is_null() {
                return p;
            }
            self.large.insert(p as usize, size);
            self.cover(p as usize, size);
            self.used += size;
            self.reserved += size;
            p
        } else {
            let class = class_of(size);
            if self.free[class].is_empty() && !self.new_page(class) {
                return std::ptr::null_mut();
            }
            let Some(cell) = self.free[class].pop() else {
                return std::ptr::null_mut();
            };
            self.used += CLASSES[class];
            cell as *mut u8
        };
        unsafe { *(p as *mut u64).add(1) = ALLOCATED };
        p
    }

    fn new_page(&mut self, class: usize) -> bool {
        let layout = Layout::from_size_align(PAGE, PAGE).expect("page layout");
        let base = unsafe { alloc_zeroed(layout) } as usize;
        if base == 0 {
            return false;
        }
        self.pages.insert(base, Page { class });
        self.cover(base, PAGE);
        self.by_class[class].push(base);
        self.reserved += PAGE;
        let size = CLASSES[class];
        // Hand out cells in address order.
        self.free[class].extend((0..PAGE / size).rev().map(|i| base + i * size));
        true
    }

    fn cover(&mut self, start: usize, size: usize) {
        if self.hi == 0 {
            self.lo = start;
        }
        self.lo = self.lo.min(start);
        self.hi = self.hi.max(start + size);
    }

    /// The start of the allocated object `addr` points into, if any.
    pub fn find(&self, addr: usize) -> Option<usize> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let page = addr & !(PAGE - 1);
        let start = if let Some(p) = self.pages.get(&page) {
            let size = CLASSES[p.class];
            let index = (addr - page) / size;
            if index >= PAGE / size {
                return None;
            }
            page + index * size
        } else {
            let (&start, &size) = self.large.range(..=addr).next_back()?;
            if addr >= start + size {
                return None;
            }
            start
        };
        let gc = unsafe { *(start as *const u64).add(1) };
        (gc & ALLOCATED != 0).then_some(start)
    }

    /// Frees the small object at `cell` at once (after `finalize` on it); returns the bytes
    /// freed, 0 when `cell` is not the start of an allocated small object.
    pub fn free(&mut self, cell: usize, finalize: impl FnOnce(usize)) -> usize {
        let page = cell & !(PAGE - 1);
        let Some(class) = self.pages.get(&page).map(|p| p.class) else {
            return 0;
        };
        let size = CLASSES[class];
        let allocated = unsafe { *(cell as *const u64).add(1) } & ALLOCATED != 0;
        if !(cell - page).is_multiple_of(size) || !allocated {
            return 0;
        }
        finalize(cell);
        unsafe { std::ptr::write_bytes(cell as *mut u8, 0, size) };
        self.free[class].push(cell);
        self.used -= size;
        size
    }

    /// The address of every allocated object, small and large.
    pub fn objects(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for (class, &size) in CLASSES.iter().enumerate().take(self.by_class.len()) {
            for &base in &self.by_class[class] {
                for cell in (0..PAGE / size).map(|i| base + i * size) {
                    // SAFETY: every cell of a page has its header words.
                    if unsafe { *(cell as *const u64).add(1) } & ALLOCATED != 0 {
                        out.push(cell);
                    }
                }
            }
        }
        out.extend(self.large.keys().copied());
        out
    }

    /// Frees every allocated object not marked (after `finalize` on each), clears the marks of
    /// the others; returns the bytes freed.
    pub fn sweep(&mut self, mut finalize: impl FnMut(usize)) -> usize {
        let mut freed = 0;
        for (class, &size) in CLASSES.iter().enumerate().take(self.by_class.len()) {
            for &base in &self.by_class[class] {
                for cell in (0..PAGE / size).map(|i| base + i * size) {
                    let gc = unsafe { &mut *(cell as *mut u64).add(1) };
                    if *gc & ALLOCATED == 0 {
                        continue;
                    }
                    if *gc & MARKED != 0 {
                        *gc &= !MARKED;
                        continue;
                    }
                    finalize(cell);
                    unsafe { std::ptr::write_bytes(cell as *mut u8, 0, size) };
                    self.free[class].push(cell);
                    freed += size;
                }
            }
        }
        let dead: Vec<(usize, usize)> = self
            .large
            .iter()
            .filter(|(&start, _)| {
                let gc = unsafe { &mut *(start as *mut u64).add(1) };
                let live = *gc & MARKED != 0;
                *gc &= !MARKED;
                !live
            })
            .map(|(&s, &z)| (s, z))
            .collect();
        for (start, size) in dead {
            finalize(start);
            self.large.remove(&start);
            unsafe {
                dealloc(
                    start as *mut u8,
                    Layout::from_size_align_unchecked(size, 16),
                )
            };
            freed += size;
            self.reserved -= size;
        }
        self.used -= freed;
        freed
    }
}
