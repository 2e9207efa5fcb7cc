// Not every test file uses every helper.
#![allow(dead_code)]

// Running the `partner-matcher` binary as the office does, for the command-line tests.

use std::path::PathBuf;
use std::process::{Command, Output};

pub const DEMO: &str = "www/catalogue.json";

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .args(args)
        .env("COLUMNS", "400")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch path under target/, unique per name (the directory made, the file not).
pub fn scratch_path(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("office");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// A scratch file with these bytes.
pub fn scratch(name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = scratch_path(name);
    std::fs::write(&path, contents).expect("scratch file");
    path
}

pub fn path_str(path: &std::path::Path) -> &str {
    path.to_str().unwrap_or_default()
}

/// Succeeds, or shows why not.
pub fn assert_ok(o: &Output) {
    assert!(o.status.success(), "stderr: {}", stderr(o));
}

/// Bad input fails with code 1 and a message, never a panic or a backtrace.
/// Refused for one problem, which `words` names, then the line that says nothing was
/// written.
pub fn assert_one_problem(o: &Output, words: &str) {
    assert_refused(o, words);
    let err = stderr(o);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.ends_with("\n1 problem; nothing was written: correct it and import again\n"),
        "{err}"
    );
}

pub fn assert_refused(o: &Output, words: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert!(
        err.contains(words),
        "stderr should contain {words:?}: {err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

/// `check` accepts the file.
pub fn assert_checks(path: &std::path::Path) {
    let check = run(&["check", path_str(path)]);
    assert!(
        check.status.success(),
        "check {}: {}",
        path.display(),
        stderr(&check)
    );
}

pub fn read_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("the output is written");
    serde_json::from_str(&text).expect("JSON")
}
