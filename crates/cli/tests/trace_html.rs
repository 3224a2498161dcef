//! `run --trace-html FILE` draws the run in a real browser: headless Chromium (Debian's
//! `chromium`, which `.ci/run` installs; nothing downloads one) loads the page with no network,
//! its script draws one element per slice and one line per arrow of the same run's
//! `--trace` JSON, and a screenshot of it holds more than an empty page's. Without Chromium
//! the test says so and passes, unless `UNAWAIT_REQUIRE_BROWSER` is set (as CI sets it).

mod common;

use common::json::{self, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    let candidates = ["chromium", "chromium-browser", "google-chrome"];
    let path = std::env::var_os("PATH")?;
    candidates.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Runs headless Chromium on `page` with `args` (its profile in `profile`, so runs never share
/// one), returning stdout.
fn browse(browser: &Path, profile: &Path, page: &Path, args: &[&str]) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn attribute(dom: &str, name: &str) -> Option<usize> {
    let start = dom.find(&format!("{name}=\""))? + name.len() + 2;
    dom[start..].split('"').next()?.parse().ok()
}

#[test]
fn the_html_timeline_draws_every_slice_and_arrow_in_a_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("UNAWAIT_REQUIRE_BROWSER").is_none(),
            "UNAWAIT_REQUIRE_BROWSER is set but no chromium is on PATH"
        );
        eprintln!("no chromium on PATH: the browser test of --trace-html is skipped");
        return;
    };
    let dir = std::env::temp_dir().join(format!("unawait-trace-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (trace, page) = (dir.join("run.json"), dir.join("run.html"));
    // A run with the main thread, a pool thread, a context of the program and timers.
    let out = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .current_dir(common::repo())
        .args(["run", "--virtual-time", "--trace"])
        .arg(&trace)
        .arg("--trace-html")
        .arg(&page)
        .arg("samples/user-sync-context-configureawait-false.cs")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc = json::parse(&std::fs::read_to_string(&trace).expect("trace")).expect("JSON");
    let Some(Value::Arr(events)) = doc.get("traceEvents") else {
        panic!("no events");
    };
    let count = |ph: &str| events.iter().filter(|e| e.str("ph") == Some(ph)).count();
    let (slices, flows) = (count("B"), count("f"));
    assert!(slices > 5 && flows > 2, "{slices} slices, {flows} flows");

    let profile = dir.join("profile");
    let dom = browse(&browser, &profile, &page, &["--dump-dom"]);
    assert_eq!(attribute(&dom, "data-slices"), Some(slices), "{dom}");
    assert_eq!(attribute(&dom, "data-flows"), Some(flows), "{dom}");
    assert_eq!(dom.matches("class=\"slice ").count(), slices);
    assert_eq!(dom.matches("class=\"flow\"").count(), flows);

    let shot = dir.join("run.png");
    let empty_page = dir.join("empty.html");
    let empty_shot = dir.join("empty.png");
    std::fs::write(&empty_page, "<!DOCTYPE html><title>empty</title>").expect("page");
    let size = |args: &str, page: &Path, png: &Path| {
        let arg = format!("--screenshot={}", png.display());
        browse(&browser, &profile, page, &[&arg, args]);
        std::fs::metadata(png).map(|m| m.len()).unwrap_or(0)
    };
    let drawn = size("--window-size=1400,600", &page, &shot);
    let blank = size("--window-size=1400,600", &empty_page, &empty_shot);
    assert!(
        drawn > 4 * blank.max(1),
        "screenshot {drawn} bytes, an empty page's {blank}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
