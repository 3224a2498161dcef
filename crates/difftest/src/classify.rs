//! Classifying a program: does unawait agree with C#, and if not, whose fault is it?
//!
//! 1. unawait under each variant: they must agree exactly, and keep unawait's own rules
//!    (outcome::invariant_violation); a program it rejects is "rejected" (if mcs compiles it).
//! 2. Mono on the original: the same stdout and ending is "agree".
//! 3. Mono on each knob's rendering (render::Knobs): one that agrees shows a documented fault of
//!    Mono's; the combined knobs catch programs that hit two faults; only `sync` agreeing is an
//!    oracle fault nobody documented yet; nothing agreeing is "unknown" (most likely unawait's).

use crate::ast::Program;
use crate::exec;
use crate::oracle::{Mono, MonoJob};
use crate::outcome::{invariant_violation, Ending, Outcome};
use crate::render::{render, Knobs, RenderOpts};
use crate::unawait::Unawait;
use std::fs;

pub struct Ctx {
    pub unawait: Unawait,
    pub mono: Mono,
    pub jobs: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    Agree,
    /// unawait's variants disagree with each other (which, and how).
    UnawaitVariants(String),
    /// unawait broke one of its own rules (timeout, signal, internal error, exit code).
    UnawaitInvariant(String),
    /// unawait rejects a program (its diagnostics' codes; and whether mcs rejects it too).
    Rejected(String),
    /// Mono is wrong in a documented way: the knob renderings that make it agree.
    Oracle(Vec<String>),
    /// Only the fully synchronous rendering makes Mono agree.
    OracleUnclassified,
    Unknown,
}

impl Class {
    /// The name of the class, as counted in summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            Class::Agree => "agree",
            Class::UnawaitVariants(_) => "unawait fault (variants disagree)",
            Class::UnawaitInvariant(_) => "unawait fault (invariant)",
            Class::Rejected(_) => "rejected",
            Class::Oracle(_) => "documented oracle fault",
            Class::OracleUnclassified => "oracle fault, unclassified",
            Class::Unknown => "unknown",
        }
    }

    pub fn label(&self) -> String {
        match self {
            Class::UnawaitVariants(d) | Class::UnawaitInvariant(d) | Class::Rejected(d) => {
                format!("{}: {d}", self.kind())
            }
            Class::Oracle(k) => format!("{} ({})", self.kind(), k.join(", ")),
            _ => self.kind().to_string(),
        }
    }

    /// Worth a report (and a reduction), and a failure of the run: everything but agreement and
    /// Mono's documented faults.
    pub fn is_finding(&self) -> bool {
        !matches!(self, Class::Agree | Class::Oracle(_))
    }

    /// Same class for the reducer: the same kind; for invariants the same broken rule, for
    /// rejections the same diagnostics, for documented faults the same first knob.
    pub fn same_as(&self, other: &Class) -> bool {
        match (self, other) {
            (Class::UnawaitInvariant(a), Class::UnawaitInvariant(b)) => rule(a) == rule(b),
            (Class::Oracle(a), Class::Oracle(b)) => b.contains(&a[0]),
            _ => {
                self == other
                    || (self.kind() == other.kind() && !matches!(self, Class::Rejected(_)))
            }
        }
    }
}

/// The rule an invariant description names (its text up to a number, a colon or the variant).
fn rule(d: &str) -> String {
    d.split(|c: char| c.is_ascii_digit() || c == ':' || c == '(')
        .next()
        .unwrap_or(d)
        .trim()
        .to_string()
}

/// Everything learnt about one program.
#[derive(Clone, Debug)]
pub struct Eval {
    pub ua: Vec<(&'static str, Outcome)>,
    pub mono: Option<Outcome>,
    /// Mono on the knob renderings, by knob name.
    pub knobs: Vec<(String, Outcome)>,
    pub class: Class,
}

/// The exit codes a generated program's Main can return (gen::body::main_body).
pub fn main_codes(p: &Program) -> Vec<i32> {
    if p.main().ret == crate::ast::Ty::Int {
        (10..50).collect()
    } else {
        vec![0]
    }
}

/// Step 1: unawait alone. None when unawait's runs are clean and consistent.
pub fn unawait_class(ua: &[(&'static str, Outcome)], main_codes: Option<&[i32]>) -> Option<Class> {
    let (_, first) = &ua[0];
    if let Ending::CompileError(codes) = &first.ending {
        if let Some(v) = invariant_violation(first, main_codes) {
            return Some(Class::UnawaitInvariant(v));
        }
        return Some(Class::Rejected(codes.clone()));
    }
    for (name, o) in ua {
        if let Some(v) = invariant_violation(o, main_codes) {
            return Some(Class::UnawaitInvariant(format!("{v} ({name})")));
        }
    }
    for (name, o) in &ua[1..] {
        if !o.agrees(first) {
            return Some(Class::UnawaitVariants(format!(
                "{} vs {name}: {}",
                ua[0].0,
                difference(first, o)
            )));
        }
    }
    None
}

/// Steps 2 and 3, from Mono's outcomes: `knobs` in the order singles, combined, sync.
pub fn oracle_class(ua: &Outcome, mono: &Outcome, knobs: &[(String, Outcome)]) -> Class {
    if ua.agrees(mono) {
        return Class::Agree;
    }
    let agreeing: Vec<String> = knobs
        .iter()
        .filter(|(name, o)| name != "sync" && name != &Knobs::combined().name() && o.agrees(ua))
        .map(|(n, _)| n.clone())
        .collect();
    if !agreeing.is_empty() {
        return Class::Oracle(agreeing);
    }
    let combined = Knobs::combined().name();
    if knobs.iter().any(|(n, o)| *n == combined && o.agrees(ua)) {
        return Class::Oracle(vec![combined]);
    }
    if knobs.iter().any(|(n, o)| n == "sync" && o.agrees(ua)) {
        return Class::OracleUnclassified;
    }
    Class::Unknown
}

/// What differs between two outcomes, in a line.
pub fn difference(a: &Outcome, b: &Outcome) -> String {
    if a.ending != b.ending {
        return format!("{} / {}", a.ending.describe(), b.ending.describe());
    }
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.stdout.lines().collect(), b.stdout.lines().collect());
    let i = (0..la.len().max(lb.len()))
        .find(|&i| la.get(i) != lb.get(i))
        .unwrap_or(0);
    format!(
        "stdout line {}: {:?} / {:?}",
        i + 1,
        la.get(i).copied().unwrap_or("<end>"),
        lb.get(i).copied().unwrap_or("<end>")
    )
}

/// The renderings Mono runs in step 3, with their names.
pub fn step3_knobs() -> Vec<(String, Knobs)> {
    let mut v: Vec<(String, Knobs)> = Knobs::singles()
        .into_iter()
        .map(|(n, k)| (n.to_string(), k))
        .collect();
    v.push((Knobs::combined().name(), Knobs::combined()));
    v.push(("sync".into(), Knobs::sync_only()));
    v
}

fn namespace(i: usize, knob: &str) -> String {
    format!("P{i}_{}", knob.replace(['-', '+'], "_"))
}

pub fn mono_job(p: &Program, i: usize, name: &str, knobs: Knobs) -> MonoJob {
    let ns = namespace(i, name);
    let opts = RenderOpts {
        knobs,
        mono: true,
        namespace: Some(ns.clone()),
    };
    MonoJob {
        text: render(p, &opts),
        ns,
    }
}

impl Ctx {
    /// unawait's variants on each program's original text.
    pub fn run_unawait(&self, progs: &[&Program]) -> Vec<Vec<(&'static str, Outcome)>> {
        exec::parallel(progs.len(), self.jobs, |i| {
            let path = exec::scratch_path("prog.cs");
            fs::write(&path, render(progs[i], &RenderOpts::default())).unwrap();
            let r = self.unawait.run_variants(&path);
            let _ = fs::remove_file(&path);
            r
        })
    }

    /// Mono on each (program, rendering) pair, in one batch.
    pub fn run_mono(&self, runs: &[(&Program, String, Knobs)]) -> Vec<Outcome> {
        let jobs: Vec<MonoJob> = runs
            .iter()
            .enumerate()
            .map(|(i, (p, name, k))| mono_job(p, i, name, *k))
            .collect();
        self.mono.run_batch(&jobs)
    }

    /// Classifies programs, each step run in one batch for all the programs still undecided.
    pub fn classify(&self, progs: &[&Program]) -> Vec<Eval> {
        let ua = self.run_unawait(progs);
        let mut evals: Vec<Eval> = ua
            .into_iter()
            .zip(progs)
            .map(|(ua, p)| {
                let class = unawait_class(&ua, Some(&main_codes(p))).unwrap_or(Class::Unknown);
                Eval {
                    ua,
                    mono: None,
                    knobs: Vec::new(),
                    class,
                }
            })
            .collect();
        let undecided = |e: &Eval| e.class == Class::Unknown;
        // Rejected programs: does mcs compile them?
        let rejected: Vec<usize> = (0..progs.len())
            .filter(|&i| matches!(evals[i].class, Class::Rejected(_)))
            .collect();
        if !rejected.is_empty() {
            let jobs: Vec<MonoJob> = rejected
                .iter()
                .map(|&i| mono_job(progs[i], i, "original", Knobs::NONE))
                .collect();
            for (k, err) in self.mono.compile_only(&jobs).into_iter().enumerate() {
                if let (Some(err), Class::Rejected(codes)) = (err, &evals[rejected[k]].class) {
                    evals[rejected[k]].class =
                        Class::Rejected(format!("{codes} (mcs rejects it too: {err})"));
                }
            }
        }
        let step2: Vec<usize> = (0..progs.len()).filter(|&i| undecided(&evals[i])).collect();
        let runs: Vec<(&Program, String, Knobs)> = step2
            .iter()
            .map(|&i| (progs[i], "original".to_string(), Knobs::NONE))
            .collect();
        for (k, o) in self.run_mono(&runs).into_iter().enumerate() {
            let e = &mut evals[step2[k]];
            if e.ua[0].1.agrees(&o) {
                e.class = Class::Agree;
            }
            e.mono = Some(o);
        }
        let step3: Vec<usize> = step2
            .into_iter()
            .filter(|&i| undecided(&evals[i]))
            .collect();
        let knobs = step3_knobs();
        let runs: Vec<(&Program, String, Knobs)> = step3
            .iter()
            .flat_map(|&i| knobs.iter().map(move |(n, k)| (progs[i], n.clone(), *k)))
            .collect();
        let outs = self.run_mono(&runs);
        for (k, &i) in step3.iter().enumerate() {
            let e = &mut evals[i];
            e.knobs = knobs
                .iter()
                .map(|(n, _)| n.clone())
                .zip(outs[k * knobs.len()..].iter().cloned())
                .collect();
            e.class = oracle_class(&e.ua[0].1, e.mono.as_ref().unwrap(), &e.knobs);
        }
        evals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(stdout: &str, ending: Ending) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            ending,
            stderr: "   at Program.Main()\n".into(),
        }
    }

    #[test]
    fn unawait_variants_must_agree() {
        let a = out("1\n2\n", Ending::Exit(0));
        let b = out("1\n3\n", Ending::Exit(0));
        let ua = vec![
            ("default", a.clone()),
            ("vt-quick", a.clone()),
            ("vt-gc-stress", b),
        ];
        match unawait_class(&ua, Some(&[0])) {
            Some(Class::UnawaitVariants(d)) => {
                assert!(d.contains("vt-gc-stress") && d.contains("line 2"), "{d}")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            unawait_class(&[("default", a.clone()), ("vt-quick", a)], Some(&[0])),
            None
        );
        let rejected = out("", Ending::CompileError("CS0103".into()));
        assert_eq!(
            unawait_class(&[("default", rejected)], Some(&[0])),
            Some(Class::Rejected("CS0103".into()))
        );
        let timeout = out("", Ending::Timeout);
        assert!(matches!(
            unawait_class(&[("default", timeout)], None),
            Some(Class::UnawaitInvariant(_))
        ));
    }

    #[test]
    fn knobs_decide_whose_fault() {
        let ua = out("x\n", Ending::Exit(0));
        let wrong = out("y\n", Ending::Exit(0));
        let knob = |n: &str, o: &Outcome| (n.to_string(), o.clone());
        assert_eq!(oracle_class(&ua, &ua, &[]), Class::Agree);
        let combined = Knobs::combined().name();
        let all_wrong = vec![
            knob("spill", &wrong),
            knob("nonconst", &wrong),
            knob("finally-sync", &wrong),
            knob(&combined, &wrong),
            knob("sync", &wrong),
        ];
        assert_eq!(oracle_class(&ua, &wrong, &all_wrong), Class::Unknown);
        let mut v = all_wrong.clone();
        v[2] = knob("finally-sync", &ua);
        assert_eq!(
            oracle_class(&ua, &wrong, &v),
            Class::Oracle(vec!["finally-sync".into()])
        );
        let mut v = all_wrong.clone();
        v[3] = knob(&combined, &ua);
        assert_eq!(oracle_class(&ua, &wrong, &v), Class::Oracle(vec![combined]));
        let mut v = all_wrong;
        v[4] = knob("sync", &ua);
        assert_eq!(oracle_class(&ua, &wrong, &v), Class::OracleUnclassified);
    }

    #[test]
    fn reduction_keeps_the_class() {
        assert!(Class::Oracle(vec!["spill".into()])
            .same_as(&Class::Oracle(vec!["nonconst".into(), "spill".into()])));
        assert!(
            !Class::Oracle(vec!["spill".into()]).same_as(&Class::Oracle(vec!["nonconst".into()]))
        );
        assert!(Class::UnawaitInvariant("timeout (vt-quick)".into())
            .same_as(&Class::UnawaitInvariant("timeout (default)".into())));
        assert!(!Class::UnawaitInvariant("timeout".into())
            .same_as(&Class::UnawaitInvariant("killed by signal 11".into())));
        assert!(!Class::Rejected("CS0103".into()).same_as(&Class::Rejected("CS0165".into())));
        assert!(!Class::Unknown.same_as(&Class::Agree));
    }
}
