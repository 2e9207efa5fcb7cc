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
    assert_refused(&o, "catalogue.json was left as it was");
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

/// The folder a path is in, as messages name it.
fn parent(path: &std::path::Path) -> String {
    path.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

#[test]
fn an_output_in_a_folder_that_is_not_there_names_the_folder() {
    let folder = scratch_path("no-such-folder");
    let _ = std::fs::remove_dir_all(&folder);
    let output = folder.join("list.html");
    let o = run(&["render", DEMO, "-o", path_str(&output)]);
    let expected = format!(
        "error: cannot write {}: there is no folder {}/ in {}: give --output a file in a \
         folder that exists, or make the folder first",
        output.display(),
        folder.display(),
        parent(&folder)
    );
    assert_refused(&o, &expected);
    // No temporary file's name, no system error number, no "left as it was" for a file
    // that never was.
    for unsaid in [".tmp", "os error", "left as it was"] {
        assert!(!stderr(&o).contains(unsaid), "{}", stderr(&o));
    }
}

#[test]
fn files_that_cannot_be_read_are_named_in_words() {
    let missing = scratch_path("not-there.json");
    let o = run(&["check", path_str(&missing)]);
    let expected = format!(
        "error: cannot read {}: there is no such file in {}: check its name, or give the \
         file's whole path",
        missing.display(),
        parent(&missing)
    );
    assert_refused(&o, &expected);
    let cases = [
        (
            vec!["search", "no-such-folder/catalogue.json"],
            "cannot read no-such-folder/catalogue.json: there is no folder no-such-folder/ in ",
        ),
        (
            vec!["import", "www/partners-sample.csv", "--into", "tests"],
            "cannot read tests: it is a folder: give a file in it",
        ),
        (
            vec!["search", DEMO, "--criteria", "@no-such-criteria.json"],
            "cannot read no-such-criteria.json: there is no such file in ",
        ),
    ];
    for (args, said) in cases {
        let o = run(&args);
        assert_refused(&o, said);
        assert!(!stderr(&o).contains("os error"), "{}", stderr(&o));
    }
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_written_through_it() {
    let folder = scratch_path("linked");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("site")).unwrap_or_else(|e| panic!("folder: {e}"));
    let target = folder.join("site/partners.html");
    std::fs::write(&target, "old").unwrap_or_else(|e| panic!("file: {e}"));
    let link = folder.join("fallback.html");
    std::os::unix::fs::symlink("site/partners.html", &link).unwrap_or_else(|e| panic!("{e}"));
    let o = run(&["render", DEMO, "-o", path_str(&link)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let is_link = std::fs::symlink_metadata(&link).map(|m| m.file_type().is_symlink());
    assert_eq!(is_link.ok(), Some(true), "the link stays a link");
    let written = std::fs::read_to_string(&target).unwrap_or_default();
    assert!(
        written.contains("pm-fallback"),
        "the file it points to is new"
    );
    // A link to a file in a folder that is not there is named with where it points.
    let dangling = folder.join("dangling.html");
    std::os::unix::fs::symlink("gone/partners.html", &dangling).unwrap_or_else(|e| panic!("{e}"));
    let o = run(&["render", DEMO, "-o", path_str(&dangling)]);
    assert_refused(
        &o,
        &format!(
            "cannot write {} (a link to {}): there is no folder {}/",
            dangling.display(),
            folder.join("gone/partners.html").display(),
            folder.join("gone").display()
        ),
    );
}

#[test]
fn an_output_written_as_a_folder_that_is_not_there_is_named_as_a_folder() {
    // `-o lists/`: a folder by its trailing slash, not yet made. The system says "not a
    // directory" of the file it cannot make there.
    let folder = scratch_path("no-such-folder");
    let _ = std::fs::remove_dir_all(&folder);
    let given = format!("{}/", folder.display());
    let o = run(&["render", DEMO, "-o", &given]);
    assert_refused(
        &o,
        &format!(
            "error: cannot write {given}: it names a folder (it ends with /): give --output a \
             file name, such as {}",
            folder.join("list.html").display()
        ),
    );
    assert!(!stderr(&o).contains("not a directory"), "{}", stderr(&o));
    assert!(!folder.exists());
}

#[test]
fn an_output_that_is_a_folder_is_named_as_one() {
    let folder = scratch_path("a-folder.html");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("folder");
    let o = run(&["render", DEMO, "-o", path_str(&folder)]);
    let expected = format!(
        "error: cannot write {}: it is a folder: give --output a file name, such as {}",
        folder.display(),
        folder.join("list.html").display()
    );
    assert_refused(&o, &expected);
    assert!(!stderr(&o).contains("left as it was"), "{}", stderr(&o));
    let o = run(&[
        "import",
        "www/partners-sample.csv",
        "--into",
        DEMO,
        "-o",
        path_str(&folder),
    ]);
    assert_refused(
        &o,
        &format!(
            "error: cannot write {}: it is a folder: give --output a file name, such as {}",
            folder.display(),
            folder.join("catalogue.json").display()
        ),
    );
}

#[cfg(target_os = "linux")]
#[test]
fn standard_output_that_cannot_be_written_is_said_in_words() {
    // `> /dev/full`: as a redirection to a full disk.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .arg("schema")
        .stdout(full)
        .output()
        .expect("the binary runs");
    assert_refused(
        &o,
        "error: cannot write the output: the disk is full: make room, or write elsewhere\n",
    );
    assert!(!stderr(&o).contains("os error"), "{}", stderr(&o));
}
