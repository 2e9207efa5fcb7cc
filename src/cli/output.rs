//! Writing an output file without risking the files it was made from.

use std::io::Write;
use std::path::Path;

/// Writes `text` to `path` whole or not at all, and never over one of `sources` (the files
/// read to make it): a spreadsheet replaced by the catalogue made from it, or a catalogue by
/// its HTML list, would be the office's own file lost. The text goes to a temporary file
/// beside `path`, renamed over it once complete, so a full disk or an interrupted run leaves
/// the old file as it was (`import` may write over its `--into` catalogue, the only copy).
/// A file replaced keeps its permissions: a web server that could read it still can.
pub fn write_whole(path: &Path, text: &str, sources: &[&Path]) -> Result<(), String> {
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
    let cannot = |e: std::io::Error| format!("cannot write {shown}: {e}; it was left as it was");
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(cannot)?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(cannot)?;
    if let Some(permissions) = permissions_for(path) {
        std::fs::set_permissions(file.path(), permissions).map_err(cannot)?;
    }
    file.persist(path).map_err(|e| cannot(e.error))?;
    Ok(())
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
