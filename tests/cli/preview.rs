//! `preview`: the widget served with the given catalogue under a strict policy.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A site in a fresh temporary folder with the loader's source, so the tests do not need
/// `make build` first.
fn site(name: &str) -> std::path::PathBuf {
    let www = std::env::temp_dir().join(format!("pm-preview-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&www).expect("temp dir");
    let loader = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/partner-matcher.js");
    std::fs::copy(loader, www.join("partner-matcher.js")).expect("loader");
    www
}

/// `preview catalogue --port 0 --www www` started: the process, the address it printed
/// (empty when it printed none) and its first line.
fn start(catalogue: &Path, www: &Path) -> (Child, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .arg("preview")
        .arg(catalogue)
        .args(["--port", "0", "--www"])
        .arg(www)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("preview starts");
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default()
        .to_owned();
    (child, address, line)
}

/// Stops the preview and removes its folder `dir`: what it wrote to the terminal (stderr).
fn stop(mut child: Child, dir: &Path) -> String {
    let _ = child.kill();
    let mut err = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        let _ = stderr.read_to_string(&mut err);
    }
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(dir);
    err
}

/// The whole response to a GET of `path` (empty when nothing answers).
fn get(address: &str, path: &str) -> String {
    let mut response = String::new();
    if let Ok(mut stream) = std::net::TcpStream::connect(address) {
        let _ = write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        );
        let _ = stream.read_to_string(&mut response);
    }
    response
}

#[test]
fn preview_serves_the_widget_with_the_catalogue_under_a_strict_policy() {
    let www = site("serves");
    let (mut child, address, line) = start(Path::new("tests/fixtures/small.json"), &www);
    let get = |path: &str| get(&address, path);
    let catalogue = get("/catalogue.json");
    let loader = get("/partner-matcher.js");
    let missing = get("/nothing-here");
    let _ = child.kill();
    let _ = child.wait();
    if address.is_empty() {
        panic!("no address printed; line: {line:?}");
    }
    assert!(catalogue.starts_with("HTTP/1.1 200"), "{catalogue}");
    assert!(
        catalogue.contains("École nationale supérieure de la photographie"),
        "serves the given file, not www's"
    );
    assert!(catalogue.to_lowercase().contains("content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"));
    assert!(loader.contains("customElements.define('partner-matcher'"));
    assert!(missing.starts_with("HTTP/1.1 404"));
    let _ = std::fs::remove_dir_all(&www);
}

#[test]
fn a_port_in_use_is_named_with_what_to_do() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("a port for the test");
    let port = busy.local_addr().map(|a| a.port()).unwrap_or_default();
    let www = std::env::temp_dir().join(format!("pm-preview-busy-{}", std::process::id()));
    std::fs::create_dir_all(&www).expect("temp dir");
    std::fs::write(www.join("partner-matcher.js"), "").expect("a loader");
    let o = Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .args([
            "preview",
            "tests/fixtures/small.json",
            "--port",
            &port.to_string(),
            "--www",
        ])
        .arg(&www)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("preview runs");
    let _ = std::fs::remove_dir_all(&www);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "error: cannot listen on 127.0.0.1:{port}: another program already uses port \
             {port} (another preview?): stop it, or give another port, such as --port"
        )) && err.contains("(--port 0 picks a free one)"),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
    drop(busy);
}

/// A catalogue that cannot be read any more (moved, deleted) while the preview runs: the
/// browser gets the reason, and so does the office's terminal.
#[test]
fn a_catalogue_gone_while_the_preview_runs_is_said_in_the_terminal_too() {
    let dir = site("gone");
    let file = dir.join("partners.json");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.json"),
        &file,
    )
    .expect("catalogue");
    let (child, address, line) = start(&file, &dir);
    std::fs::remove_file(&file).expect("removed");
    let response = get(&address, "/catalogue.json");
    let err = stop(child, &dir);
    assert!(response.starts_with("HTTP/1.1 500"), "{line} {response}");
    assert!(
        err.contains("error: cannot read") && err.contains("partners.json"),
        "{err}"
    );
}

#[test]
fn preview_run_in_another_folder_says_where_it_looked_for_the_widget() {
    // The office runs it where its catalogue is, not in the project's folder.
    let folder = crate::command::scratch_path("elsewhere");
    std::fs::create_dir_all(&folder).expect("folder");
    let catalogue = folder.join("catalogue.json");
    std::fs::copy(crate::command::DEMO, &catalogue).expect("catalogue");
    let o = Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .args(["preview", "catalogue.json", "--port", "0"])
        .current_dir(&folder)
        .output()
        .expect("the binary runs");
    crate::command::assert_refused(
        &o,
        &format!(
            "error: there is no folder www in {}: preview shows the widget that `make build` \
             writes into the project's www folder: run preview in the project's folder, or give \
             that folder with --www, such as --www {}/www",
            folder.display(),
            env!("CARGO_MANIFEST_DIR")
        ),
    );
}

/// The office edits the catalogue while the preview runs and reloads the page: what is wrong
/// with the edit is said in the terminal, where the preview was started, not only in the
/// browser's console (the widget leaves a bad record out without a word on the page).
#[test]
fn an_edit_with_an_error_is_said_in_the_terminal_on_reload() {
    let dir = site("edited");
    let file = dir.join("partners.json");
    // With its agreement and BIP far ahead, so that nothing of it is over on any day the
    // test runs (preview warns of what is over, as check does).
    let good = include_str!("../fixtures/small.json")
        .replace("\"2027-03-08\"", "\"2097-03-08\"")
        .replace("\"2027-03-12\"", "\"2097-03-12\"")
        .replace("\"until\": \"2028/2029\"", "\"until\": \"2098/2099\"");
    let good = good.as_str();
    std::fs::write(&file, good).expect("catalogue");
    let (child, address, line) = start(&file, &dir);
    let first = get(&address, "/catalogue.json");
    std::fs::write(
        &file,
        good.replace(
            "\"partners\": [\"cnsmd-lyon\"]",
            "\"partners\": [\"cnsmd-lyno\"]",
        ),
    )
    .expect("edited");
    let edited = get(&address, "/catalogue.json");
    // Read again unchanged: said once, not at every load.
    let again = get(&address, "/catalogue.json");
    std::fs::write(&file, good).expect("corrected");
    let corrected = get(&address, "/catalogue.json");
    let err = stop(child, &dir);
    for response in [&first, &edited, &again, &corrected] {
        assert!(response.starts_with("HTTP/1.1 200"), "{line} {response}");
    }
    let said = format!(
        "error: {}: bips[0].partners[0]: refers to institution \"cnsmd-lyno\", which is not in \
         institutions: did you mean \"cnsmd-lyon\"? (line 58, column 20)\n",
        file.display()
    );
    assert_eq!(err.matches(&said).count(), 1, "{err}");
    assert!(
        err.ends_with(&format!("{}: read again: no problems\n", file.display())),
        "{err}"
    );
}

#[test]
fn a_page_that_is_not_there_says_so_and_names_the_pages_that_are() {
    let www = site("not-found");
    std::fs::write(www.join("index.html"), "<!doctype html>").expect("a page");
    std::fs::write(www.join("nl.html"), "<!doctype html>").expect("a page");
    let (mut child, address, line) = start(Path::new("tests/fixtures/small.json"), &www);
    let missing = get(&address, "/nl.htm");
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&www);
    assert!(missing.starts_with("HTTP/1.1 404"), "{line} {missing}");
    assert!(
        missing.ends_with(
            "\r\n\r\nThere is no /nl.htm in this preview. Its pages: /index.html, /nl.html\n"
        ),
        "{missing}"
    );
}

/// An edit that makes a record vanish from the page without an error (a BIP's year mistyped,
/// so that it is over) is said on reload as `check` says it, not as "no problems".
#[test]
fn an_edit_that_leaves_a_record_out_as_over_is_said_on_reload() {
    let dir = site("edited-over");
    let file = dir.join("partners.json");
    let good = include_str!("../fixtures/small.json");
    std::fs::write(&file, good).expect("catalogue");
    let (child, address, line) = start(&file, &dir);
    std::fs::write(
        &file,
        good.replace(
            "\"start\": \"2027-03-08\", \"end\": \"2027-03-12\"",
            "\"start\": \"2024-03-08\", \"end\": \"2024-03-12\"",
        )
        .replace(
            "\"apply_by\": \"2026-12-15\"",
            "\"apply_by\": \"2023-12-01\"",
        ),
    )
    .expect("edited");
    let edited = get(&address, "/catalogue.json");
    let err = stop(child, &dir);
    assert!(edited.starts_with("HTTP/1.1 200"), "{line} {edited}");
    let said = format!(
        "warning: {}: bips[0].physical.end: the BIP ended on 2024-03-12: the widget and render \
         leave it out (a year mistyped?) (line 60,",
        file.display()
    );
    assert!(err.contains(&said), "{err}");
    assert!(!err.contains("read again: no problems"), "{err}");
}
