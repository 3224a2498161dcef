//! The reducer: shrinks a program while it keeps its classification.
//!
//! - `edits.rs`: the edits of a program tree (delete methods and statements, unwrap compound
//!   statements, replace expressions, drop parameters and fields), to a fixpoint;
//! - `text.rs`: line- then token-based delta debugging, for any file.
//!
//! A candidate must pass `validate::check` (free), then keep the class: unawait first (fast),
//! then mcs and Mono only for the candidates still in the running, in one batch per round.

mod classes;
mod edits;
pub mod text;

use crate::ast::Program;
use crate::classify::{main_codes, oracle_class, step3_knobs, unawait_class, Class, Ctx};
use crate::exec;
use crate::outcome::{Ending, Outcome};
use crate::render::{render, Knobs, RenderOpts};
use crate::unawait::VARIANTS;
use crate::validate;
use std::fs;
use std::time::{Duration, Instant};

pub use edits::{apply, Pass, PASSES};

/// Candidates evaluated together (one mcs call for all of them).
const ROUND: usize = 8;

pub struct Reduction {
    pub program: Program,
    /// Edits kept.
    pub steps: usize,
    /// Candidates run.
    pub tries: usize,
    pub timed_out: bool,
}

/// Shrinks `p`, which has class `target`, for at most `limit`.
pub fn reduce(
    ctx: &Ctx,
    p: &Program,
    target: &Class,
    limit: Duration,
    log: &mut dyn FnMut(&str),
) -> Reduction {
    reduce_with(p, &mut |cands| keeps(ctx, target, cands), limit, log)
}

/// Shrinks `p` while `keep` holds (it judges a round of candidates at once), to a fixpoint.
pub fn reduce_with(
    p: &Program,
    keep: &mut dyn FnMut(&[Program]) -> Vec<bool>,
    limit: Duration,
    log: &mut dyn FnMut(&str),
) -> Reduction {
    let deadline = Instant::now() + limit;
    let mut r = Reduction {
        program: p.clone(),
        steps: 0,
        tries: 0,
        timed_out: false,
    };
    loop {
        let before = r.steps;
        for pass in PASSES {
            let mut i = 0;
            loop {
                if Instant::now() > deadline {
                    r.timed_out = true;
                    return r;
                }
                let (cands, idx, exhausted) = next_candidates(&r.program, pass, i);
                if cands.is_empty() {
                    break;
                }
                r.tries += cands.len();
                let kept = keep(&cands);
                if let Some(k) = kept.iter().position(|b| *b) {
                    r.program = cands.into_iter().nth(k).unwrap();
                    r.steps += 1;
                    // The next edit of this pass now has the index of the one just made.
                    i = idx[k];
                    log(&format!(
                        "  {pass:?} #{}: kept ({} lines)",
                        idx[k],
                        lines(&r.program)
                    ));
                } else if exhausted {
                    break;
                } else {
                    i = idx.last().unwrap() + 1;
                }
            }
        }
        if r.steps == before {
            return r;
        }
    }
}

fn lines(p: &Program) -> usize {
    render(p, &RenderOpts::default()).lines().count()
}

/// Up to ROUND valid candidates of `pass` from edit `from` on: the candidates, their edit
/// indices, and whether the pass has no more edits.
fn next_candidates(p: &Program, pass: Pass, from: usize) -> (Vec<Program>, Vec<usize>, bool) {
    let (mut cands, mut idx) = (Vec::new(), Vec::new());
    let mut j = from;
    while cands.len() < ROUND {
        match apply(p, pass, j) {
            None => return (cands, idx, true),
            Some(q) => {
                // An edit can rebuild what was there (a literal task for a literal task).
                if q != *p && validate::check(&q).is_ok() {
                    cands.push(q);
                    idx.push(j);
                }
            }
        }
        j += 1;
    }
    (cands, idx, false)
}

/// The unawait variants worth running for `target`: the default one, and any a description names.
fn variants_for(target: &Class) -> Vec<(&'static str, &'static [&'static str])> {
    let desc = match target {
        Class::UnawaitVariants(d) | Class::UnawaitInvariant(d) => d.as_str(),
        _ => "",
    };
    VARIANTS
        .iter()
        .enumerate()
        .filter(|(i, (name, _))| *i == 0 || desc.contains(name))
        .map(|(_, v)| *v)
        .collect()
}

/// Whether each candidate keeps the class `target`, running as little as possible.
pub fn keeps(ctx: &Ctx, target: &Class, cands: &[Program]) -> Vec<bool> {
    let variants = variants_for(target);
    let ua: Vec<Vec<(&'static str, Outcome)>> = exec::parallel(cands.len(), ctx.jobs, |i| {
        let path = exec::scratch_path("cand.cs");
        fs::write(&path, render(&cands[i], &RenderOpts::default())).unwrap();
        let mut out = Vec::new();
        for (name, flags) in &variants {
            let o = ctx.unawait.run(&path, flags);
            let rejected = matches!(o.ending, Ending::CompileError(_));
            out.push((*name, o));
            if rejected {
                break;
            }
        }
        let _ = fs::remove_file(&path);
        out
    });
    let mut ok: Vec<bool>;
    let unawait_level = matches!(
        target,
        Class::UnawaitVariants(_) | Class::UnawaitInvariant(_) | Class::Rejected(_)
    );
    if unawait_level {
        ok = (0..cands.len())
            .map(|i| {
                unawait_class(&ua[i], Some(&main_codes(&cands[i])))
                    .is_some_and(|c| target.same_as(&c))
            })
            .collect();
        // Still valid C#: mcs compiles it.
        let live: Vec<usize> = (0..cands.len()).filter(|&i| ok[i]).collect();
        let jobs: Vec<_> = live
            .iter()
            .map(|&i| crate::classify::mono_job(&cands[i], i, "original", Knobs::NONE))
            .collect();
        for (k, err) in ctx.mono.compile_only(&jobs).into_iter().enumerate() {
            ok[live[k]] = err.is_none();
        }
        return ok;
    }
    ok = (0..cands.len())
        .map(|i| {
            unawait_class(&ua[i], Some(&main_codes(&cands[i]))).is_none()
                && ua[i][0].1.ending != Ending::Timeout
        })
        .collect();
    // Mono on the original must still disagree (and not by timing out; for an unknown, mcs
    // must still compile it).
    let live: Vec<usize> = (0..cands.len()).filter(|&i| ok[i]).collect();
    let runs: Vec<_> = live
        .iter()
        .map(|&i| (&cands[i], "original".to_string(), Knobs::NONE))
        .collect();
    let mut mono: Vec<Option<Outcome>> = vec![None; cands.len()];
    for (k, o) in ctx.run_mono(&runs).into_iter().enumerate() {
        let i = live[k];
        // For an unexplained disagreement Mono must still compile the program and end; one of
        // Mono's documented faults may be a compiler crash or an endless loop (fault 7).
        let documented = matches!(target, Class::Oracle(_));
        let compiled = !matches!(o.ending, Ending::CompileError(_));
        ok[i] = !o.agrees(&ua[i][0].1) && (documented || (compiled && o.ending != Ending::Timeout));
        mono[i] = Some(o);
    }
    let knobs: Vec<(String, Knobs)> = match target {
        Class::Oracle(names) => vec![(
            names[0].clone(),
            Knobs::from_name(&names[0]).expect("a knob name"),
        )],
        _ => step3_knobs(),
    };
    let live: Vec<usize> = live.into_iter().filter(|&i| ok[i]).collect();
    let runs: Vec<_> = live
        .iter()
        .flat_map(|&i| knobs.iter().map(move |(n, k)| (&cands[i], n.clone(), *k)))
        .collect();
    let outs = ctx.run_mono(&runs);
    for (k, &i) in live.iter().enumerate() {
        let named: Vec<(String, Outcome)> = knobs
            .iter()
            .map(|(n, _)| n.clone())
            .zip(outs[k * knobs.len()..].iter().cloned())
            .collect();
        let ua0 = &ua[i][0].1;
        ok[i] = match target {
            Class::Oracle(_) => named[0].1.agrees(ua0),
            _ => oracle_class(ua0, mono[i].as_ref().unwrap(), &named).same_as(target),
        };
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::*;
    use crate::gen::{generate, Size};

    /// Whether the program still throws a NotImplementedException somewhere.
    fn throws_not_implemented(p: &Program) -> bool {
        p.methods.iter().any(|m| {
            let mut found = false;
            walk_exprs(&m.body, &mut |e| {
                if matches!(e.kind, ExprKind::NewExc(Exc::NotImplemented, _)) {
                    found = true;
                }
            });
            found
        })
    }

    #[test]
    fn shrinks_a_synthetic_case_to_its_core() {
        let seed = (0..200)
            .find(|s| throws_not_implemented(&generate(*s, Size::Small)))
            .unwrap();
        let p = generate(seed, Size::Small);
        let before = lines(&p);
        let r = reduce_with(
            &p,
            &mut |cands| cands.iter().map(throws_not_implemented).collect(),
            Duration::from_secs(60),
            &mut |_| {},
        );
        assert!(throws_not_implemented(&r.program));
        assert_eq!(validate::check(&r.program), Ok(()));
        let after = lines(&r.program);
        assert!(after * 3 < before, "{before} lines became {after}");
        assert!(
            r.program.methods.len() <= 2,
            "{} methods left",
            r.program.methods.len()
        );
    }
}
