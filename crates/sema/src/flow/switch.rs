//! `switch` statements in the flow analysis: which sections a match reaches, what `goto case`
//! brings to each, and CS0163/CS8070 for a section whose end is reachable.

use unawait_syntax::Diagnostic;

use super::{Flow, LoopFlow, State};
use crate::constants::ConstValue;
use crate::hir::{Expr, SwitchSection};

impl Flow<'_> {
    /// A `switch`: each section starts from the subject (only the matching one when the subject
    /// is a constant, as C# decides) and from the `goto case`s to it; its end must be
    /// unreachable. After it: the `break`s, and the subject when nothing matches.
    pub(super) fn switch(&mut self, subject: &Expr, sections: &[SwitchSection], st: &mut State) {
        self.expr(subject, st);
        let entry = st.clone();
        let key = sections.as_ptr() as usize;
        let unreachable = State::unreachable(self.words);
        let gotos = self
            .sections
            .entry(key)
            .or_insert_with(|| vec![unreachable.clone(); sections.len()])
            .clone();
        let has =
            |s: &SwitchSection, c: Option<&ConstValue>| s.labels.iter().any(|l| l.as_ref() == c);
        // `Some(t)`: a constant subject goes to section `t` (`None`: past the switch).
        let constant = subject.constant().map(|c| {
            sections
                .iter()
                .position(|s| has(s, Some(c)))
                .or_else(|| sections.iter().position(|s| has(s, None)))
        });
        // C# 8 on: a bool with cases `true` and `false` matches one of them (the `default`
        // section is then reached only by `goto default`).
        let all_bools = [true, false].iter().all(|b| {
            let c = ConstValue::Bool(*b);
            sections.iter().any(|s| has(s, Some(&c)))
        });
        self.loops.push(LoopFlow {
            breaks: unreachable.clone(),
            continues: unreachable.clone(),
            is_switch: true,
        });
        self.switches.push(key);
        let mut after = unreachable.clone();
        for (i, sec) in sections.iter().enumerate() {
            let by_default_only = all_bools && sec.labels.iter().all(Option::is_none);
            let mut s2 = match constant {
                Some(t) if t != Some(i) => unreachable.clone(),
                _ if by_default_only => unreachable.clone(),
                _ => entry.clone(),
            };
            if let Some(g) = gotos.get(i) {
                s2.join(g);
            }
            for x in &sec.body {
                self.stmt(x, &mut s2);
            }
            if s2.reachable {
                self.fall_through(sec, i + 1 == sections.len());
            }
            after.join(&s2);
        }
        self.switches.pop();
        if let Some(l) = self.loops.pop() {
            after.join(&l.breaks);
        }
        let unmatched = match constant {
            Some(t) => t.is_none(),
            None => !all_bools && !sections.iter().any(|s| has(s, None)),
        };
        if unmatched {
            after.join(&entry);
        }
        *st = after;
    }

    fn fall_through(&mut self, sec: &SwitchSection, last: bool) {
        let label = match sec.labels.last() {
            Some(Some(c)) => format!("case {}:", crate::check_jumps::display_case(c)),
            _ => "default:".to_string(),
        };
        let d = if last {
            Diagnostic::error(
                "CS8070",
                format!("Control cannot fall out of switch from final case label ('{label}')"),
                sec.span,
            )
        } else {
            Diagnostic::error(
                "CS0163",
                format!("Control cannot fall through from one case label ('{label}') to another"),
                sec.span,
            )
        };
        self.diags.push(
            d.with_primary("the end of this section is reachable")
                .with_hint(
                    "end the section with `break;`, `return`, `throw`, `continue` or `goto case`",
                ),
        );
    }
}
