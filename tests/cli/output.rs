//! Output files: written whole or not at all, never over a file the command read.

use crate::command::{assert_refused, path_str, run, scratch, scratch_path, stderr, DEMO};

#[test]
fn an_output_over_a_file_read_is_refused_and_the_file_kept() {
    let csv = std::fs::read("www/partners-sample.csv").unwrap_or_default();
    let sheet = scratch("kept.csv", &csv);
    let o = run(&[
        "import",
        path_str(&sheet),
        "--into",
        DEMO,
        "-o",
        path_str(&sheet),
    ]);
    assert_refused(
        &o,
        "is one of the files read: writing there would replace it",
    );
    assert_eq!(std::fs::read(&sheet).unwrap_or_default(), csv);

    let demo = std::fs::read(DEMO).unwrap_or_default();
    let catalogue = scratch("kept.json", &demo);
    let o = run(&["render", path_str(&catalogue), "-o", path_str(&catalogue)]);
    assert_refused(&o, "is one of the files read");
    assert_eq!(std::fs::read(&catalogue).unwrap_or_default(), demo);
}

#[cfg(unix)]
#[test]
fn import_writes_over_its_catalogue_keeping_the_file_s_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let catalogue = scratch("into.json", std::fs::read(DEMO).unwrap_or_default());
    let shared = std::fs::Permissions::from_mode(0o640);
    std::fs::set_permissions(&catalogue, shared).unwrap_or_default();
    let path = path_str(&catalogue);
    let o = run(&[
        "import",
        "www/partners-sample.csv",
        "--into",
        path,
        "-o",
        path,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&catalogue).unwrap_or_default();
    assert!(
        text.contains("\"hfbk-hamburg\""),
        "the import is in the catalogue"
    );
    let mode = std::fs::metadata(&catalogue).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(mode.ok(), Some(0o640));
    // A new file is readable by others, as a web server needs.
    let fresh = scratch_path("fresh.html");
    let o = run(&["render", DEMO, "-o", path_str(&fresh)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = std::fs::metadata(&fresh).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(mode.ok(), Some(0o644));
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_halfway_leaves_the_catalogue_as_it_was() {
    // A full disk, as a file size limit of 100 KB (the catalogue is 315 KB): the shell
    // ignores the limit's signal so that the write fails with an error, as on a full disk.
    let demo = std::fs::read(DEMO).unwrap_or_default();
    // A folder of its own: other tests write their outputs beside theirs meanwhile.
    let folder = scratch_path("full-disk");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("scratch folder: {e}"));
    let catalogue = folder.join("catalogue.json");
    std::fs::write(&catalogue, &demo).unwrap_or_else(|e| panic!("scratch file: {e}"));
    let path = path_str(&catalogue);
    let binary = env!("CARGO_BIN_EXE_partner-matcher");
    let o = std::process::Command::new("sh")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 100; exec \"$@\"",
            "sh",
            binary,
        ])
        .args([
            "import",
            "www/partners-sample.csv",
            "--into",
            path,
            "-o",
            path,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("sh runs: {e}"));
    assert_refused(&o, "it was left as it was");
    assert_eq!(std::fs::read(&catalogue).unwrap_or_default(), demo);
    let dir = catalogue.parent().map(std::fs::read_dir);
    let leftovers: Vec<String> = dir
        .into_iter()
        .flatten()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(leftovers, ["catalogue.json"], "no temporary file left");
}
