//! Where a value is in the document, `institutions[3].agreements[0].isced`, built as a chain
//! on the stack and written out only for a problem: a large valid catalogue needs none.

use std::fmt;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Place<'a> {
    Root,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl<'a> Place<'a> {
    pub fn key(&'a self, key: &'a str) -> Place<'a> {
        Place::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> Place<'a> {
        Place::Index(self, index)
    }

    /// The name messages use for the value here: its key with any indices after it
    /// (`lat`, `tags[2]`).
    pub fn name(&self) -> String {
        match self {
            Place::Root => "the catalogue".to_owned(),
            Place::Key(_, key) => (*key).to_owned(),
            Place::Index(parent, index) => match parent {
                Place::Root => format!("[{index}]"),
                _ => format!("{}[{index}]", parent.name()),
            },
        }
    }
}

/// Written as [`super::locate`] and every message write places.
impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Root => Ok(()),
            Place::Key(Place::Root, key) => f.write_str(key),
            Place::Key(parent, key) => write!(f, "{parent}.{key}"),
            Place::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Place;

    #[test]
    fn writes_paths_and_names() {
        let root = Place::Root;
        let list = root.key("institutions");
        let item = list.index(3);
        let tags = item.key("tags");
        let tag = tags.index(2);
        assert_eq!(tag.to_string(), "institutions[3].tags[2]");
        assert_eq!(tag.name(), "tags[2]");
        assert_eq!(item.key("lat").name(), "lat");
        assert_eq!(root.to_string(), "");
    }
}
