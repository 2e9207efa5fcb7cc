//! Writing an output file without risking the files it was made from.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::files;

/// Writes `text` to `path` whole or not at all, and never over one of `sources` (the files
/// read to make it): a spreadsheet replaced by the catalogue made from it, or a catalogue by
/// its HTML list, would be the office's own file lost. The text goes to a temporary file
/// beside `path`, renamed over it once complete, so a full disk or an interrupted run leaves
/// the old file as it was (`import` may write over its `--into` catalogue, the only copy).
/// A file replaced keeps its permissions: a web server that could read it still can.
///
/// An output that is a symbolic link is written through it: the file it points to is
/// replaced (whole or not at all, as any other), and the link stays, pointing to it.
///
/// An output that is a folder, or is written as one (`lists/`), is refused, with a file in it
/// to give instead (`usual`, the name such an output usually has: `list.html`).
pub fn write_whole(path: &Path, text: &str, sources: &[&Path], usual: &str) -> Result<(), String> {
    let shown = path.display();
    if let Ok(target) = std::fs::canonicalize(path) {
        for source in sources {
            if std::fs::canonicalize(source).is_ok_and(|s| s == target) {
                return Err(format!(
                    "--output {shown} is one of the files read: writing there would replace it; \
                     give another file name"
                ));
            }
        }
    }
    let file = through_links(path);
    let named = if file == path {
        shown.to_string()
    } else {
        format!("{shown} (a link to {})", file.display())
    };
    if file.is_dir() {
        return Err(format!(
            "cannot write {named}: it is a folder: give --output a file name, such as {}",
            path.join(usual).display()
        ));
    }
    // `lists/`, a folder not made yet: the system would say "not a directory" of the file.
    if path
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator)
    {
        return Err(format!(
            "cannot write {named}: it names a folder (it ends with {}): give --output a file \
             name, such as {}",
            std::path::MAIN_SEPARATOR,
            path.join(usual).display()
        ));
    }
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if let Some(problem) = files::folder_problem(dir) {
        return Err(format!(
            "cannot write {named}: {problem}: give --output a file in a folder that exists, \
             or make the folder first"
        ));
    }
    let kept = if file.exists() {
        format!("{shown} was left as it was")
    } else {
        "nothing was written".to_owned()
    };
    let cannot = |e: std::io::Error| {
        let why = files::why_not_written(dir, &e);
        format!("cannot write {named}: {why}; {kept}")
    };
    let mut temporary = tempfile::NamedTempFile::new_in(dir).map_err(cannot)?;
    temporary
        .write_all(text.as_bytes())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(cannot)?;
    if let Some(permissions) = permissions_for(&file) {
        std::fs::set_permissions(temporary.path(), permissions).map_err(cannot)?;
    }
    temporary.persist(&file).map_err(|e| cannot(e.error))?;
    Ok(())
}

/// The file a path names: itself, or the file its link (or chain of links) points to,
/// which need not exist yet.
fn through_links(path: &Path) -> PathBuf {
    let mut file = path.to_path_buf();
    // As many links as the system follows in a path; a loop of links ends here.
    for _ in 0..40 {
        let Ok(target) = std::fs::read_link(&file) else {
            break;
        };
        file = match file.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
    }
    file
}

/// The permissions the written file should have: those of the file it replaces; for a new
/// file on Unix, read and write for the owner and read for others, as `std::fs::write` makes
/// it with the usual umask (the temporary file is made private).
fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(old) = std::fs::metadata(path) {
        return Some(old.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}
