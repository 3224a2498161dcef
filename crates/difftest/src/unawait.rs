//! Running the unawait binary under test, under each of its variants.

use crate::exec;
use crate::outcome::{self, Ending, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The variants of `unawait run` that must agree with each other exactly: the real clock, and
/// the virtual clock with each JIT tier and with a collection at every allocation.
pub const VARIANTS: [(&str, &[&str]); 4] = [
    ("default", &[]),
    ("vt-quick", &["--virtual-time", "--jit", "quick"]),
    ("vt-optimized", &["--virtual-time", "--jit", "optimized"]),
    ("vt-gc-stress", &["--virtual-time", "--gc-stress"]),
];

pub const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone, Debug)]
pub struct Unawait {
    pub path: PathBuf,
}

impl Unawait {
    /// `--unawait PATH`, else `$UNAWAIT`, else `target/release/unawait` of the repository.
    pub fn locate(arg: Option<&str>, repo: &Path) -> Unawait {
        let path = match (arg, std::env::var("UNAWAIT")) {
            (Some(p), _) => PathBuf::from(p),
            (None, Ok(p)) if !p.is_empty() => PathBuf::from(p),
            _ => repo.join("target/release/unawait"),
        };
        Unawait { path }
    }

    pub fn run(&self, file: &Path, flags: &[&str]) -> Outcome {
        let mut cmd = Command::new(&self.path);
        cmd.arg("run").arg(file).args(flags);
        match exec::run(&mut cmd, TIMEOUT) {
            Ok(r) => outcome::from_unawait(&r),
            Err(e) => panic!("cannot run {}: {e}", self.path.display()),
        }
    }

    /// Every variant's outcome; only the default one when it rejects the program.
    pub fn run_variants(&self, file: &Path) -> Vec<(&'static str, Outcome)> {
        let mut out = Vec::new();
        for (name, flags) in VARIANTS {
            let o = self.run(file, flags);
            let rejected = matches!(o.ending, Ending::CompileError(_));
            out.push((name, o));
            if rejected {
                break;
            }
        }
        out
    }
}
