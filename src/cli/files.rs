//! Files read and written, and the port `preview` listens on: what went wrong, in words a
//! person can act on, naming the file or port (the system's own words end in "(os error 2)").

use std::io::{Error, ErrorKind};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// A file's bytes, or why they cannot be read.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| cannot_read(path, &e))
}

/// "cannot read FILE: there is no such file in /home/office: check its name ...".
pub fn cannot_read(path: &Path, e: &Error) -> String {
    let why = match e.kind() {
        ErrorKind::NotFound => match path.parent().and_then(folder_problem) {
            Some(words) => format!("{words}: check the path, or give the file's whole path"),
            None => format!(
                "there is no such file in {}: check its name, or give the file's whole path",
                folder_of(path)
            ),
        },
        ErrorKind::PermissionDenied => {
            "you are not allowed to read it: check the file's permissions".to_owned()
        }
        ErrorKind::IsADirectory => "it is a folder: give a file in it".to_owned(),
        _ => system_words(e),
    };
    format!("cannot read {}: {why}", path.display())
}

/// Why a file could not be written in `folder`, the folder of the file written.
pub fn why_not_written(folder: &Path, e: &Error) -> String {
    match e.kind() {
        ErrorKind::PermissionDenied => format!(
            "you are not allowed to write in the folder {}: give --output a file in a folder \
             of yours",
            shown_folder(folder)
        ),
        ErrorKind::StorageFull => "the disk is full: make room, or write elsewhere".to_owned(),
        ErrorKind::QuotaExceeded => {
            "your disk quota is used up: make room, or write elsewhere".to_owned()
        }
        ErrorKind::FileTooLarge => {
            "the file is larger than this system lets you write there".to_owned()
        }
        ErrorKind::ReadOnlyFilesystem => {
            "the disk is read-only: give --output a file on another disk".to_owned()
        }
        _ => system_words(e),
    }
}

/// Why `preview` cannot listen on the address.
pub fn cannot_listen(address: SocketAddr, e: &Error) -> String {
    let port = address.port();
    let why = match e.kind() {
        ErrorKind::AddrInUse => format!(
            "another program already uses port {port} (another preview?): stop it, or give \
             another port, such as --port {} (--port 0 picks a free one)",
            port.wrapping_add(1).max(1024)
        ),
        ErrorKind::PermissionDenied if port < 1024 => "ports below 1024 are for the system's \
                                                       administrator: give another, such as \
                                                       --port 8080"
            .to_owned(),
        _ => system_words(e),
    };
    format!("cannot listen on {address}: {why}")
}

/// Why a folder cannot take a file: the first folder on the way to it (itself included)
/// that is not there, or is a file; `None` when it is there.
pub fn folder_problem(folder: &Path) -> Option<String> {
    let mut folders: Vec<&Path> = folder
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .collect();
    folders.reverse();
    folders.into_iter().find_map(|folder| {
        if folder.is_dir() {
            None
        } else if folder.exists() {
            Some(format!("{} is a file, not a folder", folder.display()))
        } else {
            Some(format!(
                "there is no folder {} in {}",
                shown_folder(folder),
                folder_of(folder)
            ))
        }
    })
}

/// A folder as the office types it: `nodir/`.
fn shown_folder(folder: &Path) -> String {
    let shown = folder.display().to_string();
    if shown.ends_with(std::path::MAIN_SEPARATOR) {
        shown
    } else {
        format!("{shown}{}", std::path::MAIN_SEPARATOR)
    }
}

/// The folder a path is in, whole, so that a person who ran the command in another folder
/// than they thought sees it.
pub fn folder_of(path: &Path) -> String {
    let parent = path.parent().unwrap_or(Path::new(""));
    let whole: PathBuf = match std::env::current_dir() {
        Ok(here) if parent.is_relative() => here.join(parent),
        _ => parent.to_path_buf(),
    };
    let whole = whole.display().to_string();
    whole
        .strip_suffix(std::path::MAIN_SEPARATOR)
        .filter(|w| !w.is_empty())
        .unwrap_or(&whole)
        .to_owned()
}

/// The system's words for an error, without their "(os error 28)" and without the name of a
/// temporary file ("at path ...").
pub fn system_words(e: &Error) -> String {
    let words = e.to_string();
    let end = [" (os error", " at path "]
        .iter()
        .filter_map(|cut| words.find(cut))
        .min()
        .unwrap_or(words.len());
    let words = &words[..end];
    let mut chars = words.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            format!("{}{}", first.to_lowercase(), &words[first.len_utf8()..])
        }
        _ => words.to_owned(),
    }
}
