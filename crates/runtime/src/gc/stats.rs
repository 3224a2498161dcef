//! Allocation accounting for `unawait run --stats`: what was allocated (by kind) and where (the
//! await whose first suspension allocated a state machine box).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::io::Write;

/// What an allocation is, and for a box, which await allocated it.
#[derive(Clone, Copy, Debug)]
pub enum Site {
    Kind(&'static str),
    /// A state machine box: the method and the line of the await that first suspended.
    Box(&'static str, u32),
}

/// Counting runs at every allocation: kinds are a handful of static strings compared by address,
/// sites are keyed by the method name's address and the line, with a cheap hash.
/// (method name's address, line) -> (method, count, bytes).
type SiteCounts =
    HashMap<(usize, u32), (&'static str, u64, u64), BuildHasherDefault<AddressHasher>>;

#[derive(Clone, Default)]
pub struct Stats {
    by_kind: Vec<(&'static str, (u64, u64))>,
    by_site: SiteCounts,
}

#[derive(Default)]
pub struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

impl Stats {
    pub fn count(&mut self, site: Site, bytes: usize) {
        let bytes = bytes as u64;
        let kind = match site {
            Site::Kind(k) => k,
            Site::Box(method, line) => {
                let e = self
                    .by_site
                    .entry((method.as_ptr() as usize, line))
                    .or_insert((method, 0, 0));
                e.1 += 1;
                e.2 += bytes;
                "state machine boxes"
            }
        };
        match self
            .by_kind
            .iter_mut()
            .find(|(k, _)| std::ptr::eq(*k, kind))
        {
            Some((_, e)) => {
                e.0 += 1;
                e.1 += bytes;
            }
            None => self.by_kind.push((kind, (1, bytes))),
        }
    }

    /// Takes back one allocation of `bytes` counted under `site` (by the kind's text).
    pub fn uncount(&mut self, site: Site, bytes: usize) {
        let bytes = bytes as u64;
        let kind = match site {
            Site::Kind(k) => k,
            Site::Box(method, line) => {
                let key = (self.by_site.iter())
                    .find(|(k, v)| v.0 == method && k.1 == line)
                    .map(|(k, _)| *k);
                if let Some(e) = key.and_then(|k| self.by_site.get_mut(&k)) {
                    e.1 = e.1.saturating_sub(1);
                    e.2 = e.2.saturating_sub(bytes);
                }
                "state machine boxes"
            }
        };
        if let Some((_, e)) = self.by_kind.iter_mut().find(|(k, _)| *k == kind) {
            e.0 = e.0.saturating_sub(1);
            e.1 = e.1.saturating_sub(bytes);
        }
        self.by_kind.retain(|(_, e)| e.0 > 0);
        self.by_site.retain(|_, e| e.1 > 0);
    }

    /// `count` for a site named by a string that may be another copy of a kind already
    /// counted (off the allocation path: kinds are matched by their text, not their address).
    pub fn count_by_name(&mut self, site: Site, bytes: usize) {
        let site = match site {
            Site::Kind(k) => Site::Kind(
                (self.by_kind.iter())
                    .find(|(x, _)| *x == k)
                    .map_or(k, |(x, _)| x),
            ),
            box_site => box_site,
        };
        self.count(site, bytes);
    }
}

/// The table `--stats` prints on stderr after the run; `model` says which runtime's
/// allocations it counts. `dotnet` (under unawait's model) adds .NET's counts beside:
/// unawait's plus what .NET allocates where unawait does not (`count_dotnet_only`: pooled
/// boxes, results handed back inline, the `return await` wrappers lowering skipped).
pub fn print_stats(out: &mut dyn Write, run: std::time::Duration, model: &str, dotnet: bool) {
    let s = super::stats_snapshot();
    let extra = super::dotnet_only_snapshot();
    let fewer = super::unawait_only_snapshot();
    let fewer_of = |kind: &str| {
        (fewer.by_kind.iter())
            .find(|(k, _)| *k == kind)
            .map_or((0, 0), |(_, v)| *v)
    };
    let g = super::summary();
    let sched = crate::sched::counters();
    let extra_of = |kind: &str| {
        (extra.by_kind.iter())
            .find(|(k, _)| *k == kind)
            .map_or((0, 0), |(_, v)| *v)
    };
    let mut kinds: Vec<(&str, (u64, u64))> = s.by_kind.iter().map(|(k, v)| (*k, *v)).collect();
    for (k, _) in &extra.by_kind {
        if !kinds.iter().any(|(x, _)| x == k) {
            kinds.push((k, (0, 0)));
        }
    }
    kinds.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.0.cmp(b.0)));
    let total = kinds
        .iter()
        .fold((0, 0), |t, (_, v)| (t.0 + v.0, t.1 + v.1));
    let extra_total = (extra.by_kind.iter()).fold((0, 0), |t, (_, v)| (t.0 + v.0, t.1 + v.1));
    let mut text = format!("\n{model}\n\n");
    let with_dotnet = dotnet;
    if with_dotnet {
        text.push_str("| allocations | count | bytes | .NET: count | .NET: bytes |\n|---|---:|---:|---:|---:|\n");
        for (kind, (n, b)) in &kinds {
            let (en, eb) = extra_of(kind);
            let (un, ub) = fewer_of(kind);
            text.push_str(&format!(
                "| {kind} | {n} | {b} | {} | {} |\n",
                (n + en).saturating_sub(un),
                (b + eb).saturating_sub(ub)
            ));
        }
        let fewer_total = (fewer.by_kind.iter()).fold((0, 0), |t, (_, v)| (t.0 + v.0, t.1 + v.1));
        text.push_str(&format!(
            "| **total** | {} | {} | {} | {} |\n",
            total.0,
            total.1,
            (total.0 + extra_total.0).saturating_sub(fewer_total.0),
            (total.1 + extra_total.1).saturating_sub(fewer_total.1)
        ));
    } else {
        text.push_str("| allocations | count | bytes |\n|---|---:|---:|\n");
        for (kind, (n, b)) in &kinds {
            text.push_str(&format!("| {kind} | {n} | {b} |\n"));
        }
        text.push_str(&format!("| **total** | {} | {} |\n", total.0, total.1));
    }
    let mut sites: Vec<_> = s
        .by_site
        .iter()
        .map(|(key, (method, n, b))| (*key, (*method, *n, *b)))
        .collect();
    for (key, (method, _, _)) in &extra.by_site {
        if !sites.iter().any(|(k, _)| k == key) {
            sites.push((*key, (*method, 0, 0)));
        }
    }
    sites.sort_by(|a, b| {
        b.1 .2
            .cmp(&a.1 .2)
            .then(a.1 .0.cmp(b.1 .0))
            .then(a.0 .1.cmp(&b.0 .1))
    });
    if !sites.is_empty() {
        if with_dotnet {
            text.push_str("\n| state machine boxes by await | count | bytes | .NET: count | .NET: bytes |\n|---|---:|---:|---:|---:|\n");
        } else {
            text.push_str("\n| state machine boxes by await | count | bytes |\n|---|---:|---:|\n");
        }
        for (key, (method, n, b)) in sites.iter().take(10) {
            let line = key.1;
            if with_dotnet {
                let (en, eb) = extra.by_site.get(key).map_or((0, 0), |e| (e.1, e.2));
                let (un, ub) = fewer.by_site.get(key).map_or((0, 0), |e| (e.1, e.2));
                text.push_str(&format!(
                    "| {method} (line {line}) | {n} | {b} | {} | {} |\n",
                    (n + en).saturating_sub(un),
                    (b + eb).saturating_sub(ub)
                ));
            } else {
                text.push_str(&format!("| {method} (line {line}) | {n} | {b} |\n"));
            }
        }
    }
    let share = if run.is_zero() {
        0.0
    } else {
        100.0 * g.time.as_secs_f64() / run.as_secs_f64()
    };
    text.push_str(&format!(
        "\ncollections: {} ({:.1} ms, {share:.1}% of the run); peak heap {} KB, {} KB at exit\n",
        g.collections,
        g.time.as_secs_f64() * 1000.0,
        g.peak / 1024,
        g.used / 1024
    ));
    let reused = crate::task::reuses();
    if reused > 0 {
        text.push_str(&format!(
            "boxes reused from their method's pool (calls awaited directly): {reused}\n"
        ));
    }
    if g.freed_early > 0 {
        text.push_str(&format!(
            "boxes a full pool handed back to the heap at once: {} KB\n",
            g.freed_early / 1024
        ));
    }
    text.push_str(&format!(
        "suspensions: {}; continuations run inline: {}, queued to the pool: {}, posted to a SynchronizationContext: {}; thread hops: {}\n",
        sched.suspensions, sched.inline, sched.scheduled, sched.posts, sched.hops
    ));
    text.push_str(&format!(
        "pool work items: {}; timers fired: {}; logical threads: {}\n",
        sched.pool_items, sched.timers_fired, sched.threads
    ));
    let sites = crate::sites::snapshot();
    if !sites.is_empty() {
        text.push_str("\n| await | ran | suspended | resumed on main | resumed on the pool |\n|---|---:|---:|---:|---:|\n");
        for s in &sites {
            let c = &s.counts;
            text.push_str(&format!(
                "| {} (line {}, state {}) | {} | {} | {} | {} |\n",
                s.method,
                s.line,
                s.state,
                c.ran(),
                c.suspended,
                c.resumed_on_main,
                c.resumed_on_pool
            ));
        }
    }
    let _ = out.write_all(text.as_bytes());
}

/// The state machine boxes allocated so far under `--stats`: method, line of the await that
/// allocated them, count and bytes.
pub fn box_sites() -> Vec<(&'static str, u32, u64, u64)> {
    let s = super::stats_snapshot();
    let mut v: Vec<_> = s
        .by_site
        .iter()
        .map(|((_, line), (method, n, b))| (*method, *line, *n, *b))
        .collect();
    v.sort();
    v
}
